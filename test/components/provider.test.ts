import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoAccessToken, MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import '../../src/components/provider/define.js';
import type { AcProvider } from '../../src/components/provider/provider.js';
import '../support/probe-element.js';
import type { ProbeElement } from '../support/probe-element.js';

const shown = (probe: ProbeElement) => probe.shadowRoot?.querySelector('.order, .error')?.textContent?.trim() ?? '';

/** A plain object written against the adapter interface in DESIGN.md, by someone else. */
function plainAdapter(number: string): AftercareAdapter {
  const order = {
    id: number,
    number,
    placedAt: '2026-05-10T08:00:00+07:00',
    status: 'open',
    total: { amount: '100.00', currency: 'THB' },
    items: [],
    shipments: [],
  };
  const unsupported = () => Promise.reject(new Error('not in this test'));
  return {
    getOrder: async () => order,
    getReturnOptions: unsupported,
    createReturn: unsupported,
    getReturn: unsupported,
    getReviewRequest: unsupported,
    submitReview: unsupported,
    submitNps: unsupported,
    getLoyalty: unsupported,
  } as AftercareAdapter;
}

describe('adapter resolution', () => {
  afterEach(() => configure({ adapter: undefined }));

  it('shows an error, not a blank box, when no adapter is configured anywhere', async () => {
    const probe = await fixture<ProbeElement>(html`<ac-test-probe></ac-test-probe>`);
    await waitUntil(() => shown(probe) === 'unavailable');
  });

  it('uses the configure() adapter, and picks up a later configure()', async () => {
    const probe = await fixture<ProbeElement>(html`<ac-test-probe></ac-test-probe>`);
    configure({ adapter: plainAdapter('GLOBAL-1') });
    await waitUntil(() => shown(probe) === 'GLOBAL-1');
  });

  it('prefers the nearest provider over configure(), and the element’s own adapter over both', async () => {
    configure({ adapter: plainAdapter('GLOBAL-1') });
    const provider = await fixture<AcProvider>(html`
      <ac-provider .adapter=${plainAdapter('PROVIDED-1')}>
        <div><ac-test-probe id="provided"></ac-test-probe></div>
        <ac-test-probe id="own" .adapter=${plainAdapter('OWN-1')}></ac-test-probe>
      </ac-provider>
    `);
    const provided = provider.querySelector<ProbeElement>('#provided')!;
    const own = provider.querySelector<ProbeElement>('#own')!;
    await waitUntil(() => shown(provided) === 'PROVIDED-1' && shown(own) === 'OWN-1');
  });

  it('lets a nested provider add settings while keeping the outer adapter', async () => {
    const provider = await fixture<AcProvider>(html`
      <ac-provider .adapter=${plainAdapter('OUTER-1')}>
        <ac-provider .support=${{ email: 'help@example.com' }}><ac-test-probe></ac-test-probe></ac-provider>
      </ac-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('ac-test-probe')!;
    await waitUntil(() => shown(probe) === 'OUTER-1', 'outer adapter');
    expect((probe as unknown as { settings: { support?: unknown } }).settings.support).to.deep.equal({
      email: 'help@example.com',
    });
  });

  it('gives the demo data to elements inside <ac-provider demo>', async () => {
    const provider = await fixture<AcProvider>(html`
      <ac-provider demo
        ><ac-test-probe order="JK-2001" token=${demoAccessToken('JK-2001')}></ac-test-probe
      ></ac-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('ac-test-probe')!;
    await waitUntil(() => shown(probe) === 'JK-2001', 'demo order', { timeout: 3000 });
  });

  it('switches adapter when the provider’s changes, and refetches', async () => {
    const provider = await fixture<AcProvider>(html`
      <ac-provider .adapter=${plainAdapter('FIRST')}><ac-test-probe></ac-test-probe></ac-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('ac-test-probe')!;
    await waitUntil(() => shown(probe) === 'FIRST');
    provider.adapter = plainAdapter('SECOND');
    await elementUpdated(provider);
    await waitUntil(() => shown(probe) === 'SECOND');
  });

  it('turns a failing adapter into the error state with its code', async () => {
    const adapter = new MemoryAdapter({ fail: { getOrder: 'malformed' } });
    const probe = await fixture<ProbeElement>(html`<ac-test-probe .adapter=${adapter}></ac-test-probe>`);
    await waitUntil(() => shown(probe) === 'invalid_response');
  });

  it('creates a RestAdapter from endpoint', async () => {
    const provider = await fixture<AcProvider>(html`
      <ac-provider endpoint="/no-such-api"><ac-test-probe></ac-test-probe></ac-provider>
    `);
    const probe = provider.querySelector<ProbeElement>('ac-test-probe')!;
    // The test server answers 404 for the unknown path: the REST adapter reports not_found.
    await waitUntil(() => shown(probe) === 'not_found', 'REST 404', { timeout: 5000 });
  });
});

describe('provider theme', () => {
  it('pins light or dark colours for the elements inside', async () => {
    const provider = await fixture<AcProvider>(html`
      <ac-provider theme="dark"><ac-test-probe></ac-test-probe></ac-provider>
    `);
    const probe = provider.querySelector('ac-test-probe')!;
    expect(getComputedStyle(probe).getPropertyValue('--ac-color-bg').trim()).to.equal('#17191e');
    provider.theme = 'light';
    await elementUpdated(provider);
    expect(getComputedStyle(probe).getPropertyValue('--ac-color-bg').trim()).to.equal('#ffffff');
  });
});
