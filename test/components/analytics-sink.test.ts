// README, "Analytics": "A failing callback is caught and logged; it never
// breaks a widget." A page-wide analytics callback (configure()) that throws
// on every event: each widget still renders and goes on answering the
// shopper, every failure is logged with console.warn, and nothing escapes to
// the page as an error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/nps-survey/define.js';
import type { AcNpsSurvey } from '../../src/components/nps-survey/nps-survey.js';
import '../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../src/components/order-tracker/order-tracker.js';
import { type AnalyticsEvent, configure } from '../../src/core/config.js';
import { shadowQuery, shadowQueryAll, waitForText } from '../support/dom.js';

describe('a failing analytics callback', () => {
  const warn = console.warn;
  let warnings: unknown[][];
  let events: AnalyticsEvent[];
  let pageErrors: unknown[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    pageErrors.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    warnings = [];
    events = [];
    pageErrors = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    configure({
      analytics: (event) => {
        events.push(event);
        throw new Error(`analytics sink down (${event.name})`);
      },
    });
  });

  afterEach(() => {
    configure({ analytics: undefined });
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  /** Each event the sink threw on was logged, with the sink's error. */
  function expectEveryFailureLogged() {
    const logged = warnings.filter(([message]) => String(message).includes('analytics callback failed'));
    expect(logged.map(([, error]) => (error as Error).message)).to.deep.equal(
      events.map((event) => `analytics sink down (${event.name})`),
    );
    expect(pageErrors).to.deep.equal([]);
  }

  it('leaves the NPS survey working through score, follow-up and thanks', async () => {
    const survey = await fixture<AcNpsSurvey>(
      html`<ac-nps-survey .adapter=${new MemoryAdapter()} survey=${`analytics-sink-${Date.now()}`}></ac-nps-survey>`,
    );
    await waitUntil(() => shadowQueryAll(survey, '[role="radio"]').length === 11, 'the scale');
    expect(events.map((event) => event.name)).to.include('widget_viewed');
    shadowQueryAll(survey, '[role="radio"]')[9]!.click();
    await waitForText(survey, 'What did you like most?');
    expect(events.map((event) => event.name)).to.include('step_completed');
    expect(events.length).to.be.greaterThan(1);
    expectEveryFailureLogged();
  });

  it('leaves the order tracker rendering the order', async () => {
    const tracker = await fixture<AcOrderTracker>(
      html`<ac-order-tracker
        .adapter=${new MemoryAdapter()}
        order="BK-1002"
        email="nok@example.com"
      ></ac-order-tracker>`,
    );
    await waitUntil(() => shadowQuery(tracker, '.order__title'), 'the order', { timeout: 5000 });
    expect(events.map((event) => event.name)).to.include('widget_viewed');
    expectEveryFailureLogged();
  });

  it('an async callback that rejects is caught and logged too, with no unhandled rejection', async () => {
    configure({
      analytics: async (event) => {
        events.push(event);
        throw new Error(`async sink down (${event.name})`);
      },
    });
    const element = await fixture<AcOrderTracker>(
      html`<ac-order-tracker
        order="BK-1002"
        email="nok@example.com"
        .adapter=${new MemoryAdapter()}
      ></ac-order-tracker>`,
    );
    await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'the order', { timeout: 5000 });
    await waitUntil(() => warnings.length >= events.length && events.length > 0, 'each rejection logged');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageErrors).to.deep.equal([]);
  });
});
