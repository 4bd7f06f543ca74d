import { readFileSync } from 'node:fs';

/**
 * The words of every message, per language (en, th, id). A merchant overrides
 * any of them per language with a JSON file named by
 * AFTERCARE_NOTIFICATION_TEMPLATES, e.g.
 * `{ "th": { "subject": "{store}: {status}", "statuses": { "delivered": "ถึงแล้ว" } } }`.
 * Placeholders: {store} {order} {status} {estimate} {link} {unsubscribe}
 * ({estimate} is the whole "expected" line, or nothing).
 */
export interface Templates {
  subject: string;
  text: string;
  /** The "expected" line; {date}. */
  estimate: string;
  /** The reply when a LINE follower is bound; {order}. */
  lineConnected: string;
  /** The page after unsubscribing. */
  unsubscribed: string;
  statuses: Record<string, string>;
}

export const LANGUAGES = ['en', 'th', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULTS: Record<Language, Templates> = {
  en: {
    subject: '{store}: order {order}, {status}',
    text: '{status}\nOrder {order}{estimate}\nSee your order: {link}\n\n{store}\nStop these updates: {unsubscribe}',
    estimate: '\nExpected {date}',
    lineConnected: 'You’ll get updates for order {order} here.',
    unsubscribed: 'You will no longer get updates for this order.',
    statuses: {
      'shipment.pending': 'Waiting for the courier',
      'shipment.info_received': 'The courier has your parcel’s details',
      'shipment.in_transit': 'Your parcel is on the way',
      'shipment.out_for_delivery': 'Your parcel is out for delivery',
      'shipment.attempt_fail': 'The courier could not deliver your parcel',
      'shipment.available_for_pickup': 'Your parcel is ready to collect',
      'shipment.delivered': 'Your parcel was delivered',
      'shipment.exception': 'There is a problem with the delivery',
      'shipment.expired': 'The courier has stopped sending updates',
      'return.requested': 'We have your return request',
      'return.approved': 'Your return is approved',
      'return.rejected': 'Your return was declined',
      'return.in_transit': 'Your return is on its way to us',
      'return.received': 'We received your return',
      'return.refunded': 'Your refund is on its way',
      'return.exchanged': 'Your exchange is on its way',
      'return.closed': 'Your return is closed',
      'return.cancelled': 'Your return was cancelled',
    },
  },
  th: {
    subject: '{store}: คำสั่งซื้อ {order} {status}',
    text: '{status}\nคำสั่งซื้อ {order}{estimate}\nดูคำสั่งซื้อ: {link}\n\n{store}\nหยุดรับอัปเดต: {unsubscribe}',
    estimate: '\nคาดว่าจะได้รับ {date}',
    lineConnected: 'คุณจะได้รับอัปเดตของคำสั่งซื้อ {order} ที่นี่',
    unsubscribed: 'คุณจะไม่ได้รับอัปเดตของคำสั่งซื้อนี้อีก',
    statuses: {
      'shipment.pending': 'รอบริษัทขนส่งรับพัสดุ',
      'shipment.info_received': 'บริษัทขนส่งได้รับข้อมูลพัสดุแล้ว',
      'shipment.in_transit': 'พัสดุอยู่ระหว่างขนส่ง',
      'shipment.out_for_delivery': 'พัสดุกำลังนำส่ง',
      'shipment.attempt_fail': 'นำส่งพัสดุไม่สำเร็จ',
      'shipment.available_for_pickup': 'พัสดุพร้อมให้รับที่จุดรับพัสดุ',
      'shipment.delivered': 'จัดส่งสำเร็จ',
      'shipment.exception': 'การจัดส่งพัสดุมีปัญหา',
      'shipment.expired': 'บริษัทขนส่งไม่อัปเดตสถานะแล้ว',
      'return.requested': 'ได้รับคำขอคืนสินค้าแล้ว',
      'return.approved': 'อนุมัติคำขอคืนสินค้าแล้ว',
      'return.rejected': 'ไม่อนุมัติคำขอคืนสินค้า',
      'return.in_transit': 'สินค้าที่ส่งคืนอยู่ระหว่างขนส่ง',
      'return.received': 'ร้านได้รับสินค้าที่ส่งคืนแล้ว',
      'return.refunded': 'คืนเงินแล้ว',
      'return.exchanged': 'ส่งสินค้าที่เปลี่ยนแล้ว',
      'return.closed': 'ปิดคำขอคืนสินค้าแล้ว',
      'return.cancelled': 'ยกเลิกคำขอคืนสินค้าแล้ว',
    },
  },
  id: {
    subject: '{store}: pesanan {order}, {status}',
    text: '{status}\nPesanan {order}{estimate}\nLihat pesanan: {link}\n\n{store}\nBerhenti menerima pembaruan: {unsubscribe}',
    estimate: '\nPerkiraan tiba {date}',
    lineConnected: 'Pembaruan untuk pesanan {order} akan dikirim di sini.',
    unsubscribed: 'Anda tidak akan menerima pembaruan untuk pesanan ini lagi.',
    statuses: {
      'shipment.pending': 'Menunggu jasa kirim',
      'shipment.info_received': 'Jasa kirim sudah menerima data paket',
      'shipment.in_transit': 'Paket dalam perjalanan',
      'shipment.out_for_delivery': 'Paket sedang diantar kurir',
      'shipment.attempt_fail': 'Paket belum berhasil diantar',
      'shipment.available_for_pickup': 'Paket siap diambil di titik pengambilan',
      'shipment.delivered': 'Paket terkirim',
      'shipment.exception': 'Ada kendala pada pengiriman',
      'shipment.expired': 'Jasa kirim tidak lagi mengirim pembaruan',
      'return.requested': 'Permintaan retur sudah kami terima',
      'return.approved': 'Retur disetujui',
      'return.rejected': 'Retur ditolak',
      'return.in_transit': 'Paket retur dalam perjalanan ke toko',
      'return.received': 'Retur sudah diterima toko',
      'return.refunded': 'Pengembalian dana sedang diproses',
      'return.exchanged': 'Produk tukar sedang dikirim',
      'return.closed': 'Retur selesai',
      'return.cancelled': 'Retur dibatalkan',
    },
  },
};

export const languageOf = (locale: string | undefined): Language => {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
};

/** The templates with the merchant's overrides (read once, at start; a bad file stops the server). */
export function loadTemplates(file?: string): Record<Language, Templates> {
  if (!file) return DEFAULTS;
  const overrides = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<Language, Partial<Templates>>>;
  const merged = {} as Record<Language, Templates>;
  for (const language of LANGUAGES) {
    const own = overrides[language] ?? {};
    merged[language] = {
      ...DEFAULTS[language],
      ...own,
      statuses: { ...DEFAULTS[language].statuses, ...own.statuses },
    };
  }
  return merged;
}

export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A date of the estimate ("2026-12-04") as the shopper reads it. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The parts a WhatsApp template is filled with, in order. */
  parameters: string[];
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function render(
  templates: Templates,
  language: Language,
  values: { store: string; order: string; statusKey: string; estimate?: string; link: string; unsubscribe: string },
): RenderedMessage {
  const status = templates.statuses[values.statusKey] ?? values.statusKey;
  const date = values.estimate ? formatDate(values.estimate, language) : '';
  const estimate = date ? fill(templates.estimate, { date }) : '';
  const all = {
    store: values.store,
    order: values.order,
    status,
    estimate,
    link: values.link,
    unsubscribe: values.unsubscribe,
  };
  const text = fill(templates.text, all);
  const html = text
    .split('\n')
    .map((line) => escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`))
    .map((line) => (line ? `<p>${line}</p>` : ''))
    .join('\n');
  return {
    subject: fill(templates.subject, all),
    text,
    html: `<!doctype html><html lang="${language}"><body>\n${html}\n</body></html>`,
    parameters: [values.store, values.order, status, date || '-', values.link, values.unsubscribe],
  };
}
