// The demo storefront: picks a demo order and a language, and shows the
// order's page. The widgets follow <html lang>, as on a real shop.
import '../src/index.js';
import { demoAccessToken } from '../src/adapters/memory/index.js';
import { RestAdapter } from '../src/adapters/rest/index.js';

const ORDERS: Record<string, string> = {
  'BK-1001': 'BK-1001 · in transit, split, cash on delivery',
  'BK-1002': 'BK-1002 · out for delivery',
  'BK-1003': 'BK-1003 · delivery attempt failed',
  'BK-1004': 'BK-1004 · delivered, returnable',
  'BK-1005': 'BK-1005 · tracking expired',
  'JK-2001': 'JK-2001 · ready for pickup (Rupiah)',
  'JK-2002': 'JK-2002 · delivered, return window closed',
  'JK-2003': 'JK-2003 · delivered, cash on delivery',
  'SG-3001': 'SG-3001 · held at customs',
};

const TITLES: Record<string, { title: string; order: string; language: string }> = {
  en: { title: 'Your order', order: 'Order', language: 'Language' },
  th: { title: 'คำสั่งซื้อของคุณ', order: 'คำสั่งซื้อ', language: 'ภาษา' },
  id: { title: 'Pesanan Anda', order: 'Pesanan', language: 'Bahasa' },
};

const params = new URLSearchParams(location.search);

/**
 * `npm start` (scripts/start.mjs) serves this page with the reference server behind /api and a signed access
 * link per demo order, as their shipping e-mails would carry them. `?endpoint=http://127.0.0.1:8787` names
 * another server (its orders open by e-mail); `?demo`, or a page built without the server (`npm run
 * demo:static`, static hosting), runs on the in-browser demo data.
 */
const started = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};
const endpoint = params.has('demo') ? null : (params.get('endpoint') ?? started['VITE_AFTERCARE_ENDPOINT'] ?? null);
const ours = endpoint && !params.has('endpoint');
const links: Record<string, string> = ours ? JSON.parse(started['VITE_AFTERCARE_DEMO_LINKS'] ?? '{}') : {};
/** Per order, its customer signed in (the store's login token), so the badge shows their points. */
const customers: Record<string, string> = ours ? JSON.parse(started['VITE_AFTERCARE_DEMO_CUSTOMERS'] ?? '{}') : {};
if (endpoint) {
  const provider = document.querySelector('ac-provider')!;
  provider.removeAttribute('demo');
  // The customer's token goes on every call; an order's own proof, where it has one, takes its place.
  provider.adapter = new RestAdapter({
    baseUrl: endpoint,
    headers: (): Record<string, string> => {
      const customer = customers[orderPicker.value];
      return customer ? { Authorization: `Bearer ${customer}` } : {};
    },
  });
  document.querySelector('.shop-footer p')!.textContent =
    'A demo storefront for Aftercare. Every order here is made up, and kept by the reference server on this machine.';
}
/** The access token the order's signed link carries, if the page has one. */
const linkOf = (order: string): string | null => (endpoint ? (links[order] ?? null) : demoAccessToken(order));
const orderPicker = document.querySelector<HTMLSelectElement>('#order-picker')!;
const languagePicker = document.querySelector<HTMLSelectElement>('#language-picker')!;
const widgets = document.querySelector<HTMLElement>('#widgets')!;

// The options are in the HTML (no shift when the script runs); this keeps them in step with ORDERS.
for (const [id, label] of Object.entries(ORDERS)) {
  if (!orderPicker.querySelector(`option[value="${id}"]`)) orderPicker.add(new Option(label, id));
}
// An order from elsewhere (an access link of the merchant API) joins the picker.
const asked = params.get('order');
if (asked && !orderPicker.querySelector(`option[value="${CSS.escape(asked)}"]`))
  orderPicker.add(new Option(asked, asked));
orderPicker.value = asked ?? 'BK-1001';
languagePicker.value = params.get('lang') ?? 'en';

/**
 * The whole order page is one tag: the journey places every widget the order's stage calls for.
 * Picking an order is following the link in its shipping e-mail: the link carries the order's
 * access token (the demo's, the server's, or none against another server, which then asks for the e-mail).
 */
function placeWidgets(order: string, token: string | null) {
  const journey = document.createElement('ac-order-journey');
  journey.setAttribute('order', order);
  if (token) journey.setAttribute('token', token);
  widgets.replaceChildren(journey);
}

function applyLanguage(lang: string) {
  document.documentElement.lang = lang;
  const text = TITLES[lang] ?? TITLES['en']!;
  document.querySelector('#page-title')!.textContent = text.title;
  document.querySelector('[data-i18n="order"]')!.textContent = text.order;
  document.querySelector('[data-i18n="language"]')!.textContent = text.language;
  widgets.dataset['empty'] = text.title;
}

function remember() {
  const url = new URL(location.href);
  url.searchParams.set('order', orderPicker.value);
  url.searchParams.set('lang', languagePicker.value);
  history.replaceState(null, '', url);
}

orderPicker.addEventListener('change', () => {
  const token = linkOf(orderPicker.value);
  placeWidgets(orderPicker.value, token);
  // As in a signed link: the token, never the e-mail or phone, rides in the address.
  const url = new URL(location.href);
  if (token) url.searchParams.set('token', token);
  else url.searchParams.delete('token');
  history.replaceState(null, '', url);
  remember();
});
languagePicker.addEventListener('change', () => {
  applyLanguage(languagePicker.value);
  remember();
});

applyLanguage(languagePicker.value);
// An address with an order but no token is an order opened by its number alone: the page asks for the e-mail.
placeWidgets(orderPicker.value, params.has('order') ? params.get('token') : linkOf(orderPicker.value));
