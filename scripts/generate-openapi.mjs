#!/usr/bin/env node
// docs/openapi.json: the REST contract as OpenAPI 3.1, generated from the zod
// contract (src/core/contract.ts). CI regenerates it and fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadContract } from './generate-schemas.mjs';

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
const contact = [
  { name: 'email', in: 'query', schema: { type: 'string' }, description: 'Email used at checkout' },
  { name: 'phone', in: 'query', schema: { type: 'string' }, description: 'Phone number used at checkout' },
];
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
const read = (summary, name, parameters) => ({
  get: { summary, parameters, responses: { ...ok(name), ...problems(401, 404, 429, 503) } },
});
const write = (summary, input, output) => ({
  post: {
    summary,
    parameters: [idempotencyKey],
    requestBody: { required: true, content: { 'application/json': { schema: ref(input) } } },
    responses: {
      ...(output ? ok(output, '201') : { 204: { description: 'Done' } }),
      ...problems(409, 413, 422, 429, 503),
    },
  },
});

const document = {
  openapi: '3.1.0',
  info: {
    title: 'Aftercare REST contract',
    version: '1',
    description:
      'What RestAdapter calls and the reference server (server/) implements. Generated from src/core/contract.ts by scripts/generate-openapi.mjs.',
  },
  paths: {
    '/orders/{id}': read('An order, with its shipments', 'Order', [orderId, ...contact]),
    '/orders/{id}/return-options': read('What can be returned, and how', 'ReturnOptions', [orderId, ...contact]),
    '/orders/{id}/review-request': read('Delivered items waiting for a review', 'ReviewRequest', [orderId, ...contact]),
    '/returns': write('Create a return', 'ReturnRequest', 'ReturnReceipt'),
    '/returns/{id}': read('A return and its status', 'ReturnReceipt', [orderId]),
    '/reviews': write('Submit a review', 'ReviewSubmission', 'ReviewReceipt'),
    '/nps-responses': write('Record a score, or add the comment with its responseId', 'NpsSubmission', 'NpsReceipt'),
    '/loyalty/{customerId}': read('Loyalty account; "me" for the signed-in customer', 'LoyaltyAccount', [
      { name: 'customerId', in: 'path', required: true, schema: { type: 'string' } },
    ]),
    '/update-subscriptions': write('Subscribe to delivery updates', 'UpdateSubscription', null),
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
  },
  components: { schemas },
};

mkdirSync('docs', { recursive: true });
writeFileSync('docs/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
console.log(
  `wrote docs/openapi.json (${Object.keys(document.paths).length} paths, ${Object.keys(schemas).length} schemas)`,
);
