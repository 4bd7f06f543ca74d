#!/usr/bin/env node
// `npx aftercare-server`: the reference server (docs/server.md), compiled to dist/server/main.js by
// `npm run build` (scripts/build-server.mjs). Settings come from the environment; `--help` lists them.
import process from 'node:process';
const HELP = `Usage: aftercare-server [--help]

Runs the Aftercare reference server. Settings, all from the environment:

Server
  PORT                              port to listen on (8787)
  HOST                              address to listen on (127.0.0.1; 0.0.0.0 in a container)
  DATABASE_URL                      PostgreSQL connection URL (default: embedded PGlite in DATA_DIR)
  DATA_DIR                          PGlite's folder without DATABASE_URL (./.data)
  RESET=1                           start with an empty database
  DEMO=1                            seed the demo shop's orders into an empty database
                                    (the default without DATABASE_URL; DEMO=0 turns it off)
  CORS_ORIGINS                      browser origins allowed to call, comma-separated, or *
  FAULTS=1                          test-only fault injection (never in production)

Shop and access
  AFTERCARE_POLICY                  the shop's rules, a JSON file (default: the demo shop's)
  AFTERCARE_ADMIN_KEYS              merchant API keys, comma-separated, each a key or sha256:<hex> of one
  AFTERCARE_TOKEN_SECRET            signs order access tokens (default: generated once, kept in the database)
  AFTERCARE_CUSTOMER_TOKEN_SECRET   verifies the store's customer sign-in tokens (HS256)
  AFTERCARE_CUSTOMER_JWKS_URL       or: the JWKS URL that verifies them (RS256, ES256, EdDSA)
  AFTERCARE_ORDER_PAGE_URL          the shopper's order page for access links, with {order} and {token}
  AFTERCARE_PUBLIC_URL              where this server is reached from outside (unsubscribe links)
  AFTERCARE_STORE_NAME              the store's name in messages (Aftercare demo shop)

Webhooks in (docs/server.md; a connector without its secret answers 404)
  SHOPIFY_WEBHOOK_SECRET            Shopify: verifies X-Shopify-Hmac-Sha256 on POST /webhooks/shopify
  WOOCOMMERCE_WEBHOOK_SECRET        WooCommerce: verifies X-WC-Webhook-Signature on POST /webhooks/woocommerce
  AFTERSHIP_WEBHOOK_SECRET          AfterShip: verifies aftership-hmac-sha256 on POST /webhooks/aftership

Notifications and webhooks out (docs/notifications.md)
  SMTP_URL, MAIL_FROM               email: smtp://user:pass@host:587 or smtps://…:465, and the sender
  LINE_CHANNEL_ACCESS_TOKEN         LINE Messaging API: push messages
  LINE_CHANNEL_SECRET               LINE: verifies X-Line-Signature on POST /webhooks/line
  LINE_OFFICIAL_ACCOUNT             LINE: the store's @account, for "Connect LINE" links
  LINE_API_BASE                     LINE API base URL (https://api.line.me)
  WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID
                                    WhatsApp Cloud API: the token and the sender's phone number id
  WHATSAPP_TEMPLATE                 WhatsApp template name (order_update)
  WHATSAPP_API_BASE                 WhatsApp API base URL (https://graph.facebook.com/v21.0)
  SMS_WEBHOOK_URL, SMS_WEBHOOK_TOKEN
                                    SMS: a gateway URL to POST to, and its bearer token
  AFTERCARE_WEBHOOK_URLS            webhooks out: receiver URLs, comma-separated
  AFTERCARE_WEBHOOK_SECRET          webhooks out: the HMAC signing secret
  AFTERCARE_NOTIFICATION_TEMPLATES  a JSON file of per-language message template overrides
  OUTBOX_WORKER=0                   run no outbox sender in this instance
  OUTBOX_MAX_ATTEMPTS               attempts before a message is failed (8)
  OUTBOX_BACKOFF_MS                 first retry delay, doubled each try (2000)
  OUTBOX_LEASE_SECONDS              how long a sender holds a message (60)
  OUTBOX_POLL_MS                    how often the sender looks for work (1000)
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
} else if (args.length) {
  process.stderr.write(`aftercare-server: unknown argument ${args[0]}\n\n${HELP}`);
  process.exitCode = 2;
} else {
  await import('../dist/server/main.js');
}
