// DESIGN §5.2: a return's label says what it is (its `format`: a PDF to
// print, a QR code to show, an image), and "Check the status" shows the
// return parcel's tracking (`returnShipment`). Backend links are http(s) only.
// The demo shop's RMA-1008-901 is on its way back with a PDF label.
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_RETURNS } from '../../../src/adapters/memory/demo-returns.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AcReturnWizard } from '../../../src/components/return-wizard/return-wizard.js';
import type { RequestOptions } from '../../../src/core/adapter.js';
import { saveDraft } from '../../../src/core/drafts.js';
import { setLocale } from '../../../src/core/localization.js';
import type { ReturnReceipt } from '../../../src/core/schemas/index.js';
import { byText, shadowQuery, shownText } from '../../support/dom.js';
import { wizard } from '../../support/return-wizard-steps.js';

const { id, orderId } = DEMO_RETURNS.onItsWay;

/** The demo shop, its answer about the return changed the way another backend would send it. */
function answering(change: (receipt: ReturnReceipt) => ReturnReceipt): MemoryAdapter {
  return new (class extends MemoryAdapter {
    override async getReturn(returnId: string, options?: RequestOptions) {
      return change(await super.getReturn(returnId, options));
    }
  })();
}

/** The shopper's wizard as they left it after booking RMA-1008-901, then "Check the status". */
async function checked(adapter = new MemoryAdapter()): Promise<AcReturnWizard> {
  const booked: ReturnReceipt = { id, orderId, createdAt: new Date().toISOString(), status: 'requested' };
  saveDraft('ac-return-wizard', orderId, { step: 'done', choices: {}, receipt: booked });
  const element = await wizard(orderId, adapter, 'niran@example.com');
  await waitUntil(() => shadowQuery(element, '.confirmation'), 'the booked return', { timeout: 5000 });
  byText<HTMLButtonElement>(element, 'button', 'Check the status').click();
  await waitUntil(() => shadowQuery(element, '.return-parcel'), 'the return parcel', { timeout: 5000 });
  return element;
}

const labelLink = (element: Element) => shadowQuery<HTMLAnchorElement>(element, '[part="label-link"]');
const parcelLink = (element: Element) => shadowQuery<HTMLAnchorElement>(element, '.return-parcel a');

const WORDS = {
  en: {
    pdf: 'Download the return label (PDF)',
    heading: 'Your parcel to the shop',
    status: 'On its way to the shop',
    track: 'Track on the Kerry Express website',
  },
  th: {
    pdf: 'ดาวน์โหลดใบปะหน้าสำหรับส่งคืน (PDF)',
    heading: 'พัสดุที่ส่งคืนร้าน',
    status: 'กำลังส่งคืนไปที่ร้าน',
    track: 'ติดตามพัสดุบนเว็บไซต์ Kerry Express',
  },
  id: {
    pdf: 'Unduh label retur (PDF)',
    heading: 'Paket retur Anda ke toko',
    status: 'Dalam perjalanan ke toko',
    track: 'Lacak di situs Kerry Express',
  },
};

describe('<ac-return-wizard> the label and the return parcel', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => setLocale('en'));

  for (const lang of ['en', 'th', 'id'] as const) {
    const words = WORDS[lang];
    it(`shows the PDF label and the parcel on its way back in ${lang}`, async () => {
      const element = await checked();
      await setLocale(lang);
      await waitUntil(() => shownText(element).includes(words.status), words.status);
      expect(labelLink(element)!.textContent).to.contain(words.pdf);
      expect(labelLink(element)!.href).to.equal(`https://returns.example.com/labels/${id}.pdf`);
      const parcel = shadowQuery(element, '.return-parcel')!;
      expect(parcel.querySelector('h3')!.textContent).to.equal(words.heading);
      expect(parcel.textContent).to.contain('KERDO2611028').and.contain('Kerry Express');
      expect(parcelLink(element)!.textContent).to.contain(words.track);
      expect(parcelLink(element)!.href).to.match(/^https:\/\/th\.kerryexpress\.com\//);
      await expect(element).to.be.accessible();
    });
  }

  for (const [format, text] of [
    ['application/pdf', 'Download the return label (PDF)'],
    ['qr_code', 'Open the QR code to show at the drop-off point'],
    ['PNG', 'Open the return label image'],
    ['zpl', 'Print the return label'],
    [undefined, 'Print the return label'],
  ] as const) {
    it(`names a label of format ${format ?? '(none)'} by what it opens`, async () => {
      const element = await checked(
        answering((r) => ({ ...r, label: { url: 'https://labels.example.com/x', ...(format ? { format } : {}) } })),
      );
      expect(labelLink(element)!.textContent!.trim()).to.match(new RegExp(`^${text.replace(/[()]/g, '\\$&')}`));
    });
  }

  it('refuses links that are not http(s), and still shows the rest', async () => {
    const element = await checked(
      answering((r) => ({
        ...r,
        label: { url: 'javascript:alert(1)', format: 'pdf' },
        returnShipment: { ...r.returnShipment!, trackingUrl: 'data:text/html,<script>alert(1)</script>' },
      })),
    );
    expect(labelLink(element)).to.equal(null);
    expect(parcelLink(element)).to.equal(null);
    expect(shownText(element)).to.contain('On its way to the shop').and.contain('KERDO2611028');
    expect(shadowQuery(element, 'a[href^="javascript"], a[href^="data"]')).to.equal(null);
  });

  it('shows that the parcel arrived, without an estimate', async () => {
    const element = await checked(
      answering((r) => ({ ...r, status: 'received', returnShipment: { ...r.returnShipment!, status: 'delivered' } })),
    );
    expect(shownText(element)).to.contain('Arrived at the shop').and.not.contain('Expected at the shop');
  });
});
