// Webhooks in (POST /webhooks/shopify, /woocommerce, /aftership; server/webhooks/in)
// for docs/openapi.json, under the `webhooks` tag: read by scripts/generate-openapi.mjs.

const PLATFORMS = [
  {
    name: 'shopify',
    summary: 'Orders and fulfillments from Shopify',
    description:
      'Topics orders/create, orders/updated, orders/fulfilled, orders/partially_fulfilled, orders/paid, orders/cancelled (the Admin REST order) and fulfillments/create, fulfillments/update (the fulfillment, found by its order_id); other topics answer 200 with `ignored`. Secret: SHOPIFY_WEBHOOK_SECRET (the app’s client secret, or the secret Shopify admin shows under Settings → Notifications → Webhooks).',
    signature: 'X-Shopify-Hmac-Sha256',
    orderId: '5940139491234',
    headers: [
      { name: 'X-Shopify-Topic', required: true, description: 'The topic, e.g. orders/updated.' },
      { name: 'X-Shopify-Webhook-Id', description: 'The delivery: a second one with this id changes nothing.' },
    ],
    example: {
      id: 5940139491234,
      admin_graphql_api_id: 'gid://shopify/Order/5940139491234',
      name: '#TH1042',
      email: 'malee@example.com',
      created_at: '2026-05-01T21:15:00+07:00',
      currency: 'THB',
      total_price: '919.80',
      customer_locale: 'th',
      line_items: [{ id: 14001, product_id: 9001, title: 'เสื้อบาติก', quantity: 2, price: '459.90' }],
      fulfillments: [
        {
          id: 4451001,
          status: 'success',
          shipment_status: 'in_transit',
          tracking_company: 'Flash Express',
          tracking_number: 'TH0123456789A',
          line_items: [{ id: 14001, quantity: 2 }],
        },
      ],
    },
  },
  {
    name: 'woocommerce',
    summary: 'Orders from WooCommerce',
    description:
      'Topics order.created, order.updated, order.restored (the REST API v3 order, with the Shipment Tracking extension’s `_wc_shipment_tracking_items` meta when present); other topics answer 200 with `ignored`. The unsigned ping WooCommerce sends when a webhook is saved (`webhook_id=<n>`, form-encoded) answers 200. Secret: WOOCOMMERCE_WEBHOOK_SECRET (the webhook’s Secret field).',
    signature: 'X-WC-Webhook-Signature',
    orderId: '727',
    headers: [
      { name: 'X-WC-Webhook-Topic', description: 'The topic, e.g. order.updated.' },
      { name: 'X-WC-Webhook-Delivery-ID', description: 'The delivery: a second one with this id changes nothing.' },
    ],
    example: {
      id: 727,
      number: '727',
      status: 'processing',
      currency: 'IDR',
      date_created_gmt: '2026-05-01T03:00:00',
      total: '150000.00',
      billing: { first_name: 'Sari', last_name: 'Dewi', email: 'sari@example.co.id', phone: '+6281234567890' },
      payment_method: 'cod',
      line_items: [{ id: 315, name: 'Kopi Toraja 250g', product_id: 77, quantity: 1, price: 150000 }],
    },
  },
  {
    name: 'aftership',
    summary: 'Tracking updates from AfterShip',
    description:
      'Events tracking_update and edd_revise: the tracking (`msg`) updates every shipment with its tracking number, in the order named by msg.order_id or msg.order_number, else the order with a shipment of that number; its checkpoints are added to the events kept. A tracking number no order has answers 422. Secret: AFTERSHIP_WEBHOOK_SECRET (Settings → Webhooks → Webhook secret).',
    signature: 'aftership-hmac-sha256',
    orderId: '727',
    headers: [],
    example: {
      event: 'tracking_update',
      event_id: '5c3a4b7e-9d2f-4f6a-8e1b-2a7c9d0e1f23',
      ts: 1777700000,
      msg: {
        id: 'as-727',
        tracking_number: 'JNE0001',
        slug: 'jne',
        tag: 'OutForDelivery',
        destination_country_region: 'IDN',
        checkpoints: [
          { checkpoint_time: '2026-05-03T07:30:00', tag: 'OutForDelivery', message: 'Kurir menuju alamat' },
        ],
      },
    },
  },
];

/** Paths and the tag of the connectors. */
export function webhooksInOpenApi({ problems }) {
  const header = ({ name, required = false, description }) => ({
    name,
    in: 'header',
    required,
    schema: { type: 'string' },
    description,
  });
  const paths = Object.fromEntries(
    PLATFORMS.map((p) => [
      `/webhooks/${p.name}`,
      {
        post: {
          tags: ['webhooks'],
          summary: p.summary,
          description: `${p.description} Verified before anything is parsed; not set up (no secret): 404, as for any unknown path.`,
          security: [],
          parameters: [
            header({
              name: p.signature,
              required: true,
              description: 'Base64 HMAC-SHA256 of the raw request body with the secret, compared in constant time.',
            }),
            ...p.headers.map(header),
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object' }, example: p.example } },
          },
          responses: {
            200: {
              description:
                'Done (`orderId`), a replay that changed nothing (`replayed`), or a topic not read or an update older than the one applied (`ignored`: the topic, or `stale`).',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      ok: { type: 'boolean', const: true },
                      orderId: { type: 'string' },
                      replayed: { type: 'boolean' },
                      ignored: { type: 'string' },
                    },
                    required: ['ok'],
                  },
                  example: { ok: true, orderId: p.orderId },
                },
              },
            },
            ...problems(401, 404, 413, 422),
          },
        },
      },
    ]),
  );
  return {
    paths,
    tag: {
      name: 'webhooks',
      description:
        'Webhooks in: orders from the store’s platform (Shopify, WooCommerce) and tracking from AfterShip, each signed with its secret.',
    },
  };
}
