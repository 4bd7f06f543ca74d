import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { CONTRACT } from '../../src/core/contract.js';
import { type Dropped, validate } from '../../src/core/json-validator.js';
import * as COMPILED from '../../src/generated/contract-schemas.js';

type Method = keyof typeof CONTRACT;

/** Every way to break one spot of a valid value: drop it, null it, change its type. */
function* mutations(value: unknown, path: (string | number)[] = []): Generator<{ path: string; value: unknown }> {
  const replacements = [undefined, null, 42, 1.5, 'x', '', [], {}, true, -1];
  if (path.length) {
    for (const replacement of replacements) yield { path: path.join('.'), value: replacement };
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* mutations(child, [...path, key]);
  }
}

function setAt(root: unknown, path: string, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** The value without what is at `path`: an array entry spliced out, a property deleted. */
function removeAt(root: unknown, path: string): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (Array.isArray(target)) target.splice(Number(last), 1);
  else delete target[last];
  return copy;
}

/**
 * What §5.2's lenient reading must give for a value zod rejects because of
 * one broken spot: the value without the innermost list entry or optional
 * field around that spot, found as the longest enclosing path whose removal
 * zod accepts; nothing when no removal helps (a required field at the top).
 */
function lenientByZod(schema: z.ZodMiniType, broken: unknown, path: string) {
  const keys = path.split('.');
  for (let length = keys.length; length > 0; length--) {
    const spot = keys.slice(0, length).join('.');
    const parsed = schema.safeParse(removeAt(broken, spot));
    if (parsed.success) return { value: parsed.data, dropped: spot };
  }
  return undefined;
}

async function samples(): Promise<[Method, unknown][]> {
  const adapter = new MemoryAdapter();
  // Proven with the e-mail each order was placed with.
  const order = await adapter.getOrder({ orderId: 'BK-1001', email: 'somchai@example.com' });
  return [
    ['getOrder', order],
    ['getOrder', await adapter.getOrder({ orderId: 'JK-2001', email: 'dewi@example.com' })],
    ['getReturnOptions', await adapter.getReturnOptions({ orderId: 'BK-1004', email: 'somchai@example.com' })],
    ['getReviewRequest', await adapter.getReviewRequest({ orderId: 'BK-1004', email: 'somchai@example.com' })],
    ['getLoyalty', await adapter.getLoyalty({ customerId: 'cust-silver' })],
    ['getRecommendations', await adapter.getRecommendations({ orderId: 'BK-1001', placement: 'tracking' })],
    [
      'createReturn',
      await adapter.createReturn({
        orderId: 'BK-1004',
        resolution: 'refund',
        methodCode: 'seven-eleven',
        items: [{ lineItemId: 'li-1004-1', quantity: 1, reasonCode: 'wrong_size' }],
      }),
    ],
  ];
}

describe('JSON Schema validator compiled from the zod contract', () => {
  it('agrees with zod on valid data and on every single-spot corruption of it', async () => {
    let compared = 0;
    for (const [method, sample] of await samples()) {
      const zodSchema = CONTRACT[method].output as z.ZodMiniType;
      const compiled = COMPILED[method].output;
      expect(validate(compiled, sample).ok, `${method} valid`).to.equal(true);
      for (const mutation of mutations(sample)) {
        const broken = setAt(sample, mutation.path, mutation.value);
        const byZod = zodSchema.safeParse(broken).success;
        const byValidator = validate(compiled, broken).ok;
        expect(byValidator, `${method} ${mutation.path} = ${JSON.stringify(mutation.value)}`).to.equal(byZod);
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(2000);
  });

  it('reads responses leniently as zod would after leaving out the broken entry or optional field', async () => {
    let dropped = 0;
    let failed = 0;
    for (const [method, sample] of await samples()) {
      const zodSchema = CONTRACT[method].output as z.ZodMiniType;
      const compiled = COMPILED[method].output;
      for (const mutation of mutations(sample)) {
        const broken = setAt(sample, mutation.path, mutation.value);
        const label = `${method} ${mutation.path} = ${JSON.stringify(mutation.value)}`;
        const drops: Dropped[] = [];
        const lenient = validate(compiled, broken, drops);
        const strict = zodSchema.safeParse(broken);
        if (strict.success) {
          expect(lenient, label).to.deep.equal({ ok: true, value: strict.data });
          expect(drops, label).to.deep.equal([]);
          continue;
        }
        const expected = lenientByZod(zodSchema, broken, mutation.path);
        if (!expected) {
          expect(lenient.ok, label).to.equal(false);
          failed++;
          continue;
        }
        expect(lenient, label).to.deep.equal({ ok: true, value: expected.value });
        expect(
          drops.map((d) => d.path),
          label,
        ).to.deep.equal([expected.dropped]);
        expect(drops[0]!.message, label).to.match(new RegExp(`^${mutation.path.replace(/\./g, '\\.')}\\b`));
        dropped++;
      }
    }
    // Both sides of the rule are exercised: plenty left out, and required fields still failing.
    expect(dropped).to.be.greaterThan(1000);
    expect(failed).to.be.greaterThan(50);
  });

  it('stays strict without a list to record what it leaves out, and for requests', () => {
    const order = { id: 'o', number: '1', placedAt: '2026-05-14', status: 'open', items: [], shipments: [] };
    const withBadField = { ...order, total: { amount: '1.00', currency: 'THB' }, statusPageUrl: 7 };
    expect(validate(COMPILED.getOrder.output, withBadField).ok).to.equal(false);
    const drops: Dropped[] = [];
    expect(validate(COMPILED.getOrder.output, withBadField, drops)).to.deep.equal({
      ok: true,
      value: { ...order, total: { amount: '1.00', currency: 'THB' } },
    });
    expect(drops).to.deep.equal([{ path: 'statusPageUrl', message: 'statusPageUrl expected string' }]);
  });

  it('agrees with zod on requests, including the score range per scale', () => {
    const cases: [Method, unknown][] = [
      ['submitNps', { surveyId: 's', scale: 'nps', score: 0, locale: 'th' }],
      ['submitNps', { surveyId: 's', scale: 'nps', score: 11, locale: 'th' }],
      ['submitNps', { surveyId: 's', scale: 'csat', score: 0, locale: 'th' }],
      ['submitNps', { surveyId: 's', scale: 'csat', score: 5, locale: 'th' }],
      ['submitNps', { surveyId: 's', scale: 'stars', score: 5, locale: 'th' }],
      ['submitReview', { orderId: 'o', lineItemId: 'l', productId: 'p', rating: 6 }],
      ['submitReview', { orderId: 'o', lineItemId: 'l', productId: 'p', rating: 4 }],
      ['getOrder', { orderId: '' }],
      ['getOrder', { orderId: 'BK-1', email: 7 }],
    ];
    for (const [method, input] of cases) {
      const byZod = (CONTRACT[method].input as z.ZodMiniType).safeParse(input).success;
      expect(validate(COMPILED[method].input, input).ok, `${method} ${JSON.stringify(input)}`).to.equal(byZod);
    }
  });

  it('returns a copy with declared fields only, like zod’s parse', () => {
    const result = validate(COMPILED.getReturn.output, {
      id: 'RMA-1',
      orderId: 'BK-1',
      createdAt: '2026-05-14T09:30:00+07:00',
      status: 'approved',
      internalNote: 'do not show',
      label: { qrCode: 'RMA-1', secret: 1 },
    });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        id: 'RMA-1',
        orderId: 'BK-1',
        createdAt: '2026-05-14T09:30:00+07:00',
        status: 'approved',
        label: { qrCode: 'RMA-1' },
      },
    });
  });

  it('names the path of the first problem', () => {
    const result = validate(COMPILED.getReturn.output, { id: 'RMA-1', orderId: 'BK-1', createdAt: 'yesterday' });
    expect(result.ok).to.equal(false);
    expect(result).to.include({ path: 'createdAt' });
    expect((result as { message: string }).message).to.match(/^expected \^/);
  });

  it('does not let a "__proto__" key through', () => {
    const hostile = JSON.parse('{"responseId":"r1","__proto__":{"polluted":true}}') as unknown;
    const result = validate(COMPILED.submitNps.output, hostile);
    expect(result.ok).to.equal(true);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf((result as { value: object }).value)).to.equal(Object.prototype);
  });
});
