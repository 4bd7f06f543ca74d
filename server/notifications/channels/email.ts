import nodemailer from 'nodemailer';
import type { Channel, OutgoingMessage } from './types.js';

/**
 * E-mail over SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS), from
 * MAIL_FROM: multipart text + HTML, with one-click unsubscribe headers
 * (RFC 8058) and a Message-ID made from the outbox row, so a resent message
 * reads as the same one.
 */
export function emailChannel(smtpUrl: string, from: string): Channel & { close(): void } {
  // A few connections kept open and reused (SMTP_URL's own `?pool=false` turns it off): no handshake per message.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString());
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'aftercare.local';
  return {
    async send(message: OutgoingMessage) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<outbox-${message.outboxId}@${domain}>`,
        headers: {
          'Content-Language': message.language,
          'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
    },
    close: () => transport.close(),
  };
}
