import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import {
  loyaltyAccountSchema,
  moneySchema,
  npsSubmissionSchema,
  orderSchema,
  recommendationListSchema,
  returnOptionsSchema,
  reviewRequestSchema,
  TRACKING_STATUSES,
} from '../../src/core/schemas/index.js';
import { describeIssues } from '../support/zod-issues.js';
import { proven } from '../support/demo-contacts.js';

const DEMO_ORDERS = ['BK-1001', 'BK-1002', 'BK-1003', 'BK-1004', 'BK-1005', 'JK-2001', 'JK-2002', 'JK-2003', 'SG-3001'];

describe('schemas', () => {
  const adapter = new MemoryAdapter();

  for (const locale of ['en', 'th', 'id']) {
    it(`accept every demo order, return policy and review request in ${locale}`, async () => {
      const localized = new MemoryAdapter({ locale });
      for (const orderId of DEMO_ORDERS) {
        const order = await localized.getOrder(proven(orderId));
        expect(orderSchema.safeParse(order).success, orderId).to.equal(true);
        expect(returnOptionsSchema.safeParse(await localized.getReturnOptions({ orderId })).success).to.equal(true);
        expect(reviewRequestSchema.safeParse(await localized.getReviewRequest({ orderId })).success).to.equal(true);
        const recommendations = await localized.getRecommendations({ orderId, placement: 'tracking' });
        expect(recommendationListSchema.safeParse(recommendations).success).to.equal(true);
      }
    });
  }

  it('accept every loyalty account', async () => {
    for (const customerId of ['cust-silver', 'cust-gold', 'cust-platinum']) {
      expect(loyaltyAccountSchema.safeParse(await adapter.getLoyalty({ customerId })).success).to.equal(true);
    }
  });

  it('demo data covers every tracking status', async () => {
    const seen = new Set<string>();
    for (const orderId of DEMO_ORDERS) {
      for (const shipment of (await adapter.getOrder(proven(orderId))).shipments) seen.add(shipment.status);
    }
    expect([...seen].sort()).to.deep.equal([...TRACKING_STATUSES].sort());
  });

  it('reject broken data with the path to the problem', async () => {
    const order = await adapter.getOrder(proven('BK-1001'));
    const broken = structuredClone(order) as unknown as { shipments: { events: { status: string }[] }[] };
    broken.shipments[0]!.events[1]!.status = 'teleported';
    const result = orderSchema.safeParse(broken);
    expect(result.success).to.equal(false);
    expect(describeIssues(result.error!)).to.contain('shipments.0.events.1.status');
  });

  it('reject money as a float and a lower-case currency', () => {
    expect(moneySchema.safeParse({ amount: 12.5, currency: 'THB' }).success).to.equal(false);
    expect(moneySchema.safeParse({ amount: '12.50', currency: 'thb' }).success).to.equal(false);
    expect(moneySchema.safeParse({ amount: '1,290', currency: 'THB' }).success).to.equal(false);
    expect(moneySchema.safeParse({ amount: '1290', currency: 'THB' }).success).to.equal(true);
  });

  it('reject a date-time without an offset, which no time zone can read', async () => {
    const order = await adapter.getOrder(proven('BK-1002'));
    const result = orderSchema.safeParse({ ...order, placedAt: '2026-05-14T09:30:00' });
    expect(result.success).to.equal(false);
    expect(describeIssues(result.error!)).to.contain('placedAt');
  });

  it('reject a score outside its scale', () => {
    const base = { surveyId: 's', locale: 'en' };
    expect(npsSubmissionSchema.safeParse({ ...base, scale: 'nps', score: 10 }).success).to.equal(true);
    expect(npsSubmissionSchema.safeParse({ ...base, scale: 'nps', score: 11 }).success).to.equal(false);
    expect(npsSubmissionSchema.safeParse({ ...base, scale: 'csat', score: 0 }).success).to.equal(false);
  });
});
