// DESIGN §5.2: a return the shop declined shows why; a cancelled one says so;
// neither keeps showing a label, drop-off code or QR code to send it back with.
// The demo shop has one of each (src/adapters/memory/demo-returns.ts).
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_RETURNS } from '../../../src/adapters/memory/demo-returns.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AcReturnWizard } from '../../../src/components/return-wizard/return-wizard.js';
import type { AftercareAdapter, RequestOptions } from '../../../src/core/adapter.js';
import { saveDraft } from '../../../src/core/drafts.js';
import { setLocale } from '../../../src/core/localization.js';
import type { ReturnReceipt } from '../../../src/core/schemas/index.js';
import { byText, shadowQuery, shownText } from '../../support/dom.js';
import { title, walkToReview, wizard } from '../../support/return-wizard-steps.js';

/** The demo shop, where the shop has since decided on the return: its later reads say so. */
function decidedLater(change: Partial<ReturnReceipt>): AftercareAdapter {
  return new (class extends MemoryAdapter {
    override async getReturn(id: string, options?: RequestOptions) {
      return { ...(await super.getReturn(id, options)), ...change };
    }
  })();
}

/** Books a return of one shirt (BK-1004, proven with its e-mail) and asks for its status. */
async function bookedThenChecked(adapter: AftercareAdapter): Promise<AcReturnWizard> {
  const element = await wizard('BK-1004', adapter, 'somchai@example.com');
  // The first wizard of a run loads its steps cold.
  await waitUntil(() => shadowQuery(element, '#item-li-1004-1'), 'items listed', { timeout: 5000 });
  const toReview = await walkToReview(element, [['li-1004-1', 'wrong_size']], 'Refund', 'Drop off');
  await toReview();
  byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
  await waitUntil(() => title(element) === 'Your return is booked', 'confirmation', { timeout: 5000 });
  expect(shadowQuery(element, '.confirmation__code')).not.to.equal(null);
  return checked(element);
}

async function checked(element: AcReturnWizard): Promise<AcReturnWizard> {
  byText<HTMLButtonElement>(element, 'button', 'Check the status').click();
  await waitUntil(() => shadowQuery(element, '[part="return-outcome"]'), 'the shop’s decision', { timeout: 5000 });
  return element;
}

/**
 * One of the demo shop's seeded returns (demo-returns.ts), as the shopper's
 * wizard kept it when they booked it: on the confirmation, still "requested",
 * with its drop-off code. "Check the status" then reads the shop's decision.
 */
async function seededThenChecked(kind: keyof typeof DEMO_RETURNS, email: string): Promise<AcReturnWizard> {
  const { id, orderId } = DEMO_RETURNS[kind];
  const receipt: ReturnReceipt = {
    id,
    orderId,
    createdAt: new Date().toISOString(),
    status: 'requested',
    label: { qrCode: id, dropOffCode: 'DK400900' },
  };
  saveDraft('ac-return-wizard', orderId, { step: 'done', choices: {}, receipt });
  const element = await wizard(orderId, new MemoryAdapter(), email);
  await waitUntil(() => shadowQuery(element, '.confirmation__code'), 'the booked return', { timeout: 5000 });
  return checked(element);
}

const WORDS = {
  en: {
    declined: 'The shop could not accept this return.',
    reason: 'Reason: The return period had ended.',
    note: 'Note from the shop: Worn items cannot go back.',
    status: 'Not accepted',
    cancelled: 'This return was cancelled: there is nothing to send back.',
    cancelledStatus: 'Cancelled',
  },
  th: {
    declined: 'ร้านไม่สามารถรับคำขอคืนสินค้านี้ได้',
    reason: 'เหตุผล: พ้นระยะเวลาคืนสินค้าแล้ว',
    note: 'หมายเหตุจากร้าน: Worn items cannot go back.',
    status: 'ไม่ผ่านการอนุมัติ',
    cancelled: 'คำขอคืนสินค้านี้ถูกยกเลิกแล้ว ไม่ต้องส่งสินค้าคืน',
    cancelledStatus: 'ยกเลิกแล้ว',
  },
  id: {
    declined: 'Toko tidak dapat menerima retur ini.',
    reason: 'Alasan: Masa retur sudah berakhir.',
    note: 'Catatan dari toko: Worn items cannot go back.',
    status: 'Tidak disetujui',
    cancelled: 'Retur ini dibatalkan: tidak ada yang perlu dikirim kembali.',
    cancelledStatus: 'Dibatalkan',
  },
};

/** Nothing left to send the parcel back with. */
function expectNoLabel(element: AcReturnWizard) {
  for (const part of ['.confirmation__code', '[part="qr-code"]', '[part="label-link"]']) {
    expect(shadowQuery(element, part), part).to.equal(null);
  }
}

for (const lang of ['en', 'th', 'id'] as const) {
  const words = WORDS[lang];
  describe(`<ac-return-wizard> a declined or cancelled return in ${lang}`, () => {
    beforeEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
    afterEach(() => setLocale('en'));

    it('shows the demo shop’s declined return with its reason, and no label', async () => {
      const element = await seededThenChecked('declined', 'budi@example.com');
      await setLocale(lang);
      await waitUntil(() => shownText(element).includes(words.declined), words.declined);
      const text = shownText(element);
      expect(text).to.contain(words.reason).and.contain(words.status);
      expect(shadowQuery(element, '.confirmation__id')!.textContent).to.equal(DEMO_RETURNS.declined.id);
      expectNoLabel(element);
      await expect(element).to.be.accessible();
    });

    it('shows a reason it does not know as the shop sent it, and the shop’s note', async () => {
      const element = await bookedThenChecked(
        decidedLater({ status: 'rejected', decline: { reason: 'Tag removed', note: 'Worn items cannot go back.' } }),
      );
      await setLocale(lang);
      await waitUntil(() => shownText(element).includes(words.declined), words.declined);
      expect(shownText(element)).to.contain(words.reason.replace(/:.*/, ': Tag removed')).and.contain(words.note);
    });

    it('shows the demo shop’s cancelled return as cancelled, with nothing to send back', async () => {
      const element = await seededThenChecked('cancelled', 'niran@example.com');
      await setLocale(lang);
      await waitUntil(() => shownText(element).includes(words.cancelled), words.cancelled);
      expect(shadowQuery(element, '[role="status"]')!.textContent).to.equal(words.cancelledStatus);
      expectNoLabel(element);
      await expect(element).to.be.accessible();
    });
  });
}
