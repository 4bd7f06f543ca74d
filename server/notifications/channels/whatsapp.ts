import { type Channel, type OutgoingMessage, postJson } from './types.js';

/** WhatsApp language codes of the approved template's translations. */
const TEMPLATE_LANGUAGE: Record<string, string> = { en: 'en', th: 'th', id: 'id' };

/**
 * WhatsApp Cloud API template message (POST
 * {WHATSAPP_API_BASE}/{WHATSAPP_PHONE_NUMBER_ID}/messages, `Authorization:
 * Bearer {WHATSAPP_TOKEN}`). A business may only start a conversation with an
 * approved template: WHATSAPP_TEMPLATE (default `order_update`) with six body
 * parameters, in order: store name, order number, status in words, expected
 * date (or "-"), order page link, unsubscribe link.
 */
export function whatsappChannel(apiBase: string, phoneNumberId: string, token: string, template: string): Channel {
  return {
    async send(message: OutgoingMessage) {
      await postJson(
        `${apiBase}/${encodeURIComponent(phoneNumberId)}/messages`,
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: message.to.replace(/[^\d]/g, ''),
          type: 'template',
          template: {
            name: template,
            language: { code: TEMPLATE_LANGUAGE[message.language] ?? 'en' },
            components: [{ type: 'body', parameters: message.parameters.map((text) => ({ type: 'text', text })) }],
          },
        },
        { Authorization: `Bearer ${token}` },
        'WhatsApp message',
      );
    },
  };
}
