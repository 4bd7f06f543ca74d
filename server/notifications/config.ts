/**
 * Notification settings, all from the environment (docs/notifications.md
 * lists each). A channel without its settings is "not configured": its
 * messages are logged as not sent and kept with status `unconfigured`, never
 * reported as delivered.
 */
export interface NotificationConfig {
  storeName: string;
  /** The shopper's order page: `{order}` and `{token}` are filled in. */
  orderPageUrl?: string;
  /** Where this server is reached from outside, for unsubscribe links. */
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  line?: { accessToken: string; apiBase: string };
  lineChannelSecret?: string;
  /** The store's LINE Official Account (`@shop`), for "Connect LINE" links. */
  lineOfficialAccount?: string;
  whatsapp?: { token: string; phoneNumberId: string; apiBase: string; template: string };
  sms?: { url: string; token?: string };
  webhookUrls: string[];
  webhookSecret?: string;
  /** A JSON file of per-language template overrides (templates.ts). */
  templatesFile?: string;
  maxAttempts: number;
  backoffMs: number;
  leaseSeconds: number;
  pollMs: number;
}

type Env = Record<string, string | undefined>;

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

export function notificationConfig(env: Env, defaults: { publicUrl?: string } = {}): NotificationConfig {
  const lineToken = env['LINE_CHANNEL_ACCESS_TOKEN'];
  const waToken = env['WHATSAPP_TOKEN'];
  const waPhone = env['WHATSAPP_PHONE_NUMBER_ID'];
  const webhookSecret = env['AFTERCARE_WEBHOOK_SECRET'];
  return {
    storeName: env['AFTERCARE_STORE_NAME'] ?? 'Aftercare demo shop',
    ...(env['AFTERCARE_ORDER_PAGE_URL'] ? { orderPageUrl: env['AFTERCARE_ORDER_PAGE_URL'] } : {}),
    publicUrl: (env['AFTERCARE_PUBLIC_URL'] ?? defaults.publicUrl ?? 'http://127.0.0.1:8787').replace(/\/+$/, ''),
    ...(env['SMTP_URL'] ? { smtpUrl: env['SMTP_URL'] } : {}),
    mailFrom: env['MAIL_FROM'] ?? 'Aftercare <no-reply@localhost>',
    ...(lineToken
      ? {
          line: {
            accessToken: lineToken,
            apiBase: (env['LINE_API_BASE'] ?? 'https://api.line.me').replace(/\/+$/, ''),
          },
        }
      : {}),
    ...(env['LINE_CHANNEL_SECRET'] ? { lineChannelSecret: env['LINE_CHANNEL_SECRET'] } : {}),
    ...(env['LINE_OFFICIAL_ACCOUNT'] ? { lineOfficialAccount: env['LINE_OFFICIAL_ACCOUNT'] } : {}),
    ...(waToken && waPhone
      ? {
          whatsapp: {
            token: waToken,
            phoneNumberId: waPhone,
            apiBase: (env['WHATSAPP_API_BASE'] ?? 'https://graph.facebook.com/v21.0').replace(/\/+$/, ''),
            template: env['WHATSAPP_TEMPLATE'] ?? 'order_update',
          },
        }
      : {}),
    ...(env['SMS_WEBHOOK_URL']
      ? {
          sms: {
            url: env['SMS_WEBHOOK_URL'],
            ...(env['SMS_WEBHOOK_TOKEN'] ? { token: env['SMS_WEBHOOK_TOKEN'] } : {}),
          },
        }
      : {}),
    webhookUrls: (env['AFTERCARE_WEBHOOK_URLS'] ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
    ...(webhookSecret ? { webhookSecret } : {}),
    ...(env['AFTERCARE_NOTIFICATION_TEMPLATES'] ? { templatesFile: env['AFTERCARE_NOTIFICATION_TEMPLATES'] } : {}),
    maxAttempts: number(env['OUTBOX_MAX_ATTEMPTS'], 8),
    backoffMs: number(env['OUTBOX_BACKOFF_MS'], 2000),
    leaseSeconds: number(env['OUTBOX_LEASE_SECONDS'], 60),
    pollMs: number(env['OUTBOX_POLL_MS'], 1000),
  };
}
