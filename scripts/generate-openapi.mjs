#!/usr/bin/env node
// docs/openapi.json: the REST contract as OpenAPI 3.1, generated from the zod
// contract (src/core/contract.ts). CI regenerates it and fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadContract } from './generate-schemas.mjs';
import { adminOpenApi } from './openapi-admin.mjs';
import { webhooksInOpenApi } from './openapi-webhooks-in.mjs';

const { CONTRACT, z } = await loadContract();
const schema = (zod, io) => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(zod, { io, unrepresentable: 'any' });
  return json;
};
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const NAMES = {
  getOrder: ['OrderRef', 'Order'],
  getReturnOptions: [null, 'ReturnOptions'],
  createReturn: ['ReturnRequest', 'ReturnReceipt'],
  getReturn: [null, 'ReturnReceipt'],
  getReviewRequest: [null, 'ReviewRequest'],
  submitReview: ['ReviewSubmission', 'ReviewReceipt'],
  submitNps: ['NpsSubmission', 'NpsReceipt'],
  getLoyalty: [null, 'LoyaltyAccount'],
  subscribeToUpdates: ['UpdateSubscription', null],
  getUpdateSubscription: [null, 'UpdateSubscriptionReceipt'],
  getRecommendations: [null, 'RecommendationList'],
};
const schemas = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; `code` is the adapter error code.',
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: {
        type: 'string',
        enum: ['not_found', 'unauthorized', 'invalid_request', 'conflict', 'rate_limited', 'unavailable'],
      },
    },
    required: ['title', 'status', 'code'],
  },
};
schemas.OrderAccessRequest = {
  type: 'object',
  properties: { orderId: { type: 'string', minLength: 1 }, email: { type: 'string' }, phone: { type: 'string' } },
  required: ['orderId'],
  description: 'The order and one of the contacts used at checkout: in the body, never in a URL.',
};
schemas.OrderAccess = {
  type: 'object',
  properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
  required: ['token', 'expiresAt'],
};
for (const [method, [input, output]] of Object.entries(NAMES)) {
  if (input) schemas[input] = schema(CONTRACT[method].input, 'input');
  if (output) schemas[output] = schema(CONTRACT[method].output, 'output');
}

const problems = (...statuses) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: 'Problem', content: { 'application/problem+json': { schema: ref('Problem') } } },
    ]),
  );
/** Order-scoped routes: the order's access token, or the store's sign-in of the customer who owns it. */
const orderProof = [{ orderToken: [] }, { customerToken: [] }];
const orderId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  schema: { type: 'string' },
  description: 'One key per user action, reused on retry: a replay returns the first response; another body gets 409.',
};
const ok = (name, status = '200') => ({
  [status]: { description: 'OK', content: { 'application/json': { schema: ref(name) } } },
});
const read = (summary, name, parameters, security) => ({
  get: {
    summary,
    parameters,
    ...(security ? { security } : {}),
    responses: { ...ok(name), ...problems(401, 404, 429, 503) },
  },
});
const write = (summary, input, output, security = orderProof) => ({
  post: {
    summary,
    security,
    parameters: [idempotencyKey],
    requestBody: { required: true, content: { 'application/json': { schema: ref(input) } } },
    responses: {
      ...(output ? ok(output, '201') : { 204: { description: 'Done' } }),
      ...problems(401, 409, 413, 422, 429, 503),
    },
  },
});
const admin = adminOpenApi({ schemas, ref, problems, idempotencyKey });
const webhooksIn = webhooksInOpenApi({ problems });

const document = {
  openapi: '3.1.0',
  info: {
    title: 'Aftercare REST contract',
    version: '1',
    description:
      'What RestAdapter calls and the reference server (server/) implements, and the server’s merchant API (tag `admin`) and webhooks in (tag `webhooks`). Generated from src/core/contract.ts by scripts/generate-openapi.mjs.',
  },
  tags: [admin.tag, webhooksIn.tag],
  paths: {
    '/order-access': {
      post: {
        summary:
          'Prove an order with the email or phone used at checkout: a token for its later calls. A wrong contact and an unknown order answer the same 404; too many tries for one order answer 429 with Retry-After.',
        requestBody: { required: true, content: { 'application/json': { schema: ref('OrderAccessRequest') } } },
        responses: {
          201: { description: 'Proved', content: { 'application/json': { schema: ref('OrderAccess') } } },
          ...problems(404, 422, 429),
        },
      },
    },
    '/orders/{id}': read('An order, with its shipments', 'Order', [orderId], orderProof),
    '/orders/{id}/return-options': read('What can be returned, and how', 'ReturnOptions', [orderId], orderProof),
    '/orders/{id}/review-request': read('Delivered items waiting for a review', 'ReviewRequest', [orderId], orderProof),
    '/returns': write('Create a return', 'ReturnRequest', 'ReturnReceipt'),
    '/returns/{id}': read('A return and its status', 'ReturnReceipt', [orderId], orderProof),
    '/reviews': write('Submit a review', 'ReviewSubmission', 'ReviewReceipt'),
    '/nps-responses': write(
      'Record a score, or add the comment with its responseId; with an orderId, that order’s proof',
      'NpsSubmission',
      'NpsReceipt',
      [{}, ...orderProof],
    ),
    '/loyalty/{customerId}': read(
      'Loyalty account of the signed-in customer: "me", or their own id',
      'LoyaltyAccount',
      [{ name: 'customerId', in: 'path', required: true, schema: { type: 'string' } }],
      [{ customerToken: [] }],
    ),
    '/update-subscriptions': (() => {
      const route = write(
        'Subscribe to delivery updates: 204, or for LINE 201 pending with the one-time code',
        'UpdateSubscription',
        'UpdateSubscriptionReceipt',
      );
      route.post.responses['204'] = { description: 'Subscribed (e-mail, SMS, WhatsApp)' };
      return route;
    })(),
    '/orders/{id}/update-subscriptions/{subscriptionId}': read(
      'A subscription’s status now (LINE: active once the shopper sent the code)',
      'UpdateSubscriptionReceipt',
      [orderId, { name: 'subscriptionId', in: 'path', required: true, schema: { type: 'string' } }],
      orderProof,
    ),
    '/recommendations': read('Products to recommend', 'RecommendationList', [
      {
        name: 'placement',
        in: 'query',
        required: true,
        schema: { type: 'string', enum: ['tracking', 'return', 'review', 'journey'] },
      },
      { name: 'orderId', in: 'query', schema: { type: 'string' } },
      { name: 'customerId', in: 'query', schema: { type: 'string' } },
    ]),
    ...admin.paths,
    ...webhooksIn.paths,
  },
  components: {
    schemas,
    securitySchemes: {
      adminKey: admin.securityScheme,
      orderToken: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'An order access token from POST /order-access or a signed link: bound to one order, expiring.',
      },
      customerToken: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The store’s sign-in token of a customer: `sub` is the customer id, with `exp`.',
      },
    },
  },
};

mkdirSync('docs', { recursive: true });
writeFileSync('docs/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
console.log(
  `wrote docs/openapi.json (${Object.keys(document.paths).length} paths, ${Object.keys(schemas).length} schemas)`,
);
