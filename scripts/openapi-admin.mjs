// The merchant API (/admin/*, server/admin/routes.ts) for docs/openapi.json,
// under the `admin` tag with examples: read by scripts/generate-openapi.mjs.

const ORDER_EXAMPLE = {
  id: 'TH-88231',
  number: 'TH-88231',
  placedAt: '2026-05-11T10:24:00+07:00',
  status: 'open',
  total: { amount: '1580.00', currency: 'THB' },
  paymentMethod: 'cod',
  amountDue: { amount: '1580.00', currency: 'THB' },
  customer: { id: 'cust-4411', name: 'Kanya' },
  items: [
    {
      id: 'li-1',
      productId: 'scarf-teal',
      title: 'ผ้าพันคอไหม สีเขียวหัวเป็ด',
      quantity: 1,
      unitPrice: { amount: '990.00', currency: 'THB' },
    },
  ],
  shipments: [
    {
      id: 'sh-1',
      status: 'in_transit',
      carrier: { code: 'flash-express', name: 'Flash Express' },
      trackingNumber: 'TH0123456789A',
      items: [{ lineItemId: 'li-1', quantity: 1 }],
      events: [{ at: '2026-05-12T08:10:00+07:00', status: 'in_transit', description: 'พัสดุถึงศูนย์คัดแยก' }],
    },
  ],
  contact: { email: 'kanya@example.com', phone: '+66812345678' },
  customerId: 'cust-4411',
  locale: 'th',
};

/** Paths, schemas and the security scheme of the merchant API. */
export function adminOpenApi({ schemas, ref, problems, idempotencyKey }) {
  const security = [{ adminKey: [] }];
  const json = (schema, example) => ({ 'application/json': { schema, ...(example ? { example } : {}) } });
  const body = (schema, example) => ({ required: true, content: json(schema, example) });
  const answer = (description, schema, example) => ({ description, content: json(schema, example) });
  const path = (name, description) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
  const status = (values) => ({ name: 'status', in: 'query', schema: { type: 'string', enum: values } });
  const op = (summary, rest) => ({ tags: ['admin'], summary, security, ...rest });

  const newSchemas = {
    AdminOrder: {
      description:
        'An Order with what only the server may know: the contact a shopper proves it with, the owning customer, the language of its texts.',
      allOf: [
        ref('Order'),
        {
          type: 'object',
          properties: {
            contact: { type: 'object', properties: { email: { type: 'string' }, phone: { type: 'string' } } },
            customerId: { type: 'string', minLength: 1 },
            locale: { type: 'string', minLength: 2 },
            translations: {
              type: 'object',
              description:
                'The same order in other languages (same id and number, other texts), by language code; a replace without it drops the stored ones.',
              additionalProperties: ref('Order'),
            },
            exchangeVariants: {
              description:
                'What each line may be exchanged for (a title per language or one), when the policy offers exchanges; a replace without it keeps the stored ones.',
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  lineItemId: { type: 'string', minLength: 1 },
                  variants: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        title: {
                          oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }],
                        },
                        available: { type: 'boolean' },
                      },
                      required: ['id', 'title', 'available'],
                    },
                  },
                },
                required: ['lineItemId', 'variants'],
              },
            },
          },
        },
      ],
    },
    Shipment: structuredClone(schemas.Order.properties.shipments.items),
    TrackingEvent: structuredClone(schemas.Order.properties.shipments.items.properties.events.items),
    AccessLink: {
      type: 'object',
      properties: {
        token: { type: 'string' },
        expiresAt: { type: 'string', format: 'date-time' },
        url: { type: 'string', description: 'AFTERCARE_ORDER_PAGE_URL with {order} and {token} filled in, when set.' },
      },
      required: ['token', 'expiresAt'],
    },
    ReturnStatusChange: {
      type: 'object',
      properties: {
        status: structuredClone(schemas.ReturnReceipt.properties.status),
        reason: { type: 'string', description: 'Why a return is declined (status rejected): shown to the shopper.' },
        note: { type: 'string', description: 'For the shopper, with a decline.' },
        label: structuredClone(schemas.ReturnReceipt.properties.label),
      },
      required: ['status'],
    },
    ReviewStatusChange: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['published', 'pending_moderation', 'rejected'] } },
      required: ['status'],
    },
    StoredReview: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        orderId: { type: 'string' },
        lineItemId: { type: 'string' },
        status: { type: 'string', enum: ['published', 'pending_moderation', 'rejected'] },
        review: ref('ReviewSubmission'),
      },
      required: ['id', 'orderId', 'lineItemId', 'status'],
    },
  };
  Object.assign(schemas, newSchemas);

  const receipt = { id: 'RMA-88231-001', orderId: 'TH-88231', createdAt: '2026-05-14T09:00:00Z', status: 'approved' };
  const paths = {
    '/admin/orders/{id}': {
      put: op('Create or replace an order (201 created, 200 replaced); its number stays unique', {
        parameters: [path('id', 'The order id; the same as the body’s id')],
        requestBody: body(ref('AdminOrder'), ORDER_EXAMPLE),
        responses: {
          200: answer('Replaced', ref('AdminOrder')),
          201: answer('Created', ref('AdminOrder')),
          ...problems(401, 409, 422),
        },
      }),
      get: op('An order as stored, its contact included', {
        parameters: [path('id')],
        responses: { 200: answer('OK', ref('AdminOrder')), ...problems(401, 404) },
      }),
    },
    '/admin/orders/{id}/shipments/{shipmentId}/events': {
      post: op('Add a carrier event; the shipment’s status follows its latest event', {
        parameters: [path('id'), path('shipmentId'), idempotencyKey],
        requestBody: body(ref('TrackingEvent'), {
          at: '2026-05-13T09:40:00+07:00',
          status: 'out_for_delivery',
          description: 'พนักงานกำลังนำส่งพัสดุ',
          location: 'Chiang Mai',
        }),
        responses: { 201: answer('The shipment now', ref('Shipment')), ...problems(401, 404, 422) },
      }),
    },
    '/admin/orders/{id}/access-links': {
      post: op('A 30-day access token for a shipping message, and the order page’s link with it', {
        parameters: [path('id'), idempotencyKey],
        responses: {
          201: answer('Made', ref('AccessLink'), {
            token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
            expiresAt: '2026-06-13T09:00:00.000Z',
            url: 'https://shop.example.com/orders/TH-88231?token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
          }),
          ...problems(401, 404),
        },
      }),
    },
    '/admin/returns': {
      get: op('Returns, oldest first, with the request the shopper made', {
        parameters: [status(schemas.ReturnReceipt.properties.status.enum)],
        responses: {
          200: answer('OK', {
            type: 'object',
            properties: { returns: { type: 'array', items: ref('ReturnReceipt') } },
          }),
          ...problems(401),
        },
      }),
    },
    '/admin/returns/{id}/status': {
      post: op('Move a return on: only valid transitions (else 409); the shopper’s status view shows it at once', {
        parameters: [path('id'), idempotencyKey],
        requestBody: body(ref('ReturnStatusChange'), {
          status: 'rejected',
          reason: 'Worn',
          note: 'The tag was removed',
        }),
        responses: { 200: answer('The return now', ref('ReturnReceipt'), receipt), ...problems(401, 404, 409, 422) },
      }),
    },
    '/admin/outbox': {
      get: op('Messages and webhook deliveries that will not go out: failed for good, or no provider configured', {
        parameters: [status(['failed', 'unconfigured'])],
        responses: {
          200: answer(
            'Newest first; both statuses without `status`',
            {
              type: 'object',
              properties: {
                messages: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: { type: 'integer' },
                      dedupeKey: { type: 'string' },
                      kind: { type: 'string', enum: ['message', 'webhook'] },
                      channel: { type: 'string', enum: ['email', 'line', 'whatsapp', 'sms', 'webhook'] },
                      subscriptionId: { type: ['integer', 'null'] },
                      payload: { type: 'object' },
                      status: { type: 'string', enum: ['failed', 'unconfigured'] },
                      attempts: { type: 'integer' },
                      nextAttemptAt: { type: 'string', format: 'date-time' },
                      lastError: { type: ['string', 'null'] },
                      createdAt: { type: 'string', format: 'date-time' },
                      sentAt: { type: ['string', 'null'] },
                    },
                  },
                },
              },
            },
            { messages: [] },
          ),
          ...problems(401, 422),
        },
      }),
    },
    '/admin/reviews': {
      get: op('Reviews, for moderation', {
        parameters: [status(['published', 'pending_moderation', 'rejected'])],
        responses: {
          200: answer('OK', { type: 'object', properties: { reviews: { type: 'array', items: ref('StoredReview') } } }),
          ...problems(401),
        },
      }),
    },
    '/admin/reviews/{id}/status': {
      post: op('Publish, hold or reject a review', {
        parameters: [path('id'), idempotencyKey],
        requestBody: body(ref('ReviewStatusChange'), { status: 'published' }),
        responses: { 200: answer('The review now', ref('StoredReview')), ...problems(401, 404, 422) },
      }),
    },
    '/admin/nps-responses': {
      get: op('Survey answers: JSON, or CSV with Accept: text/csv', {
        responses: {
          200: {
            description: 'OK',
            content: {
              ...json(
                { type: 'object', properties: { responses: { type: 'array', items: ref('NpsSubmission') } } },
                {
                  responses: [
                    { responseId: 'nps_12', surveyId: 'post-delivery', scale: 'nps', score: 9, locale: 'th' },
                  ],
                },
              ),
              'text/csv': {
                schema: { type: 'string' },
                example:
                  'responseId,surveyId,orderId,scale,score,comment,locale\r\nnps_12,post-delivery,TH-88231,nps,9,,th\r\n',
              },
            },
          },
          ...problems(401),
        },
      }),
    },
  };
  const securityScheme = {
    type: 'http',
    scheme: 'bearer',
    description: 'A merchant API key: one of AFTERCARE_ADMIN_KEYS (kept by the server only as SHA-256 hashes).',
  };
  return { paths, securityScheme, tag: { name: 'admin', description: 'The merchant API: the shop’s own systems.' } };
}
