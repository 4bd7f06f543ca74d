import { Task } from '@lit/task';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { renderTask, type TaskView } from '../../../src/components/shared/task-view.js';
import { AdapterError } from '../../../src/core/errors.js';
import { shadowQuery, shadowQueryAll, shownText } from '../../support/dom.js';

/** A promise the test settles by hand: one per run of the task. */
interface Run {
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** The smallest host of renderTask: a task on `key` whose runs the test answers. */
class TaskViewHost extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  view: Partial<TaskView<string>> = {};
  readonly runs: Run[] = [];

  constructor() {
    super();
    this.key = 'first';
  }

  readonly task = new Task(this, {
    task: ([key]) =>
      new Promise<string>((resolve, reject) => this.runs.push({ resolve: (v) => resolve(`${key}: ${v}`), reject })),
    args: () => [this.key] as const,
  });

  protected override render() {
    return renderTask(this.task, {
      skeleton: [2, 5],
      loadingLabel: 'Loading the thing…',
      complete: (value) => html`<p class="content">${value}</p>`,
      ...this.view,
    });
  }
}
customElements.define('test-task-view-host', TaskViewHost);

async function host(view: Partial<TaskView<string>> = {}): Promise<TaskViewHost> {
  const element = await fixture<TaskViewHost>(html`<test-task-view-host .view=${view}></test-task-view-host>`);
  await waitUntil(() => element.runs.length === 1, 'the task started');
  return element;
}

async function settle(element: TaskViewHost, answer: (run: Run) => void): Promise<void> {
  answer(element.runs.at(-1)!);
  await element.task.taskComplete.catch(() => undefined);
  await element.updateComplete;
}

const content = (element: Element) => shadowQuery(element, '.content')?.textContent;

describe('renderTask', () => {
  it('shows a labelled skeleton of the given heights while pending, then the content', async () => {
    const element = await host();
    const skeleton = shadowQuery(element, '[part="skeleton"]');
    expect(skeleton).to.not.equal(null);
    expect(skeleton!.getAttribute('role')).to.equal('status');
    expect(shownText(element)).to.contain('Loading the thing…');
    const blocks = shadowQueryAll(element, '.skeleton__block').map((block) => block.style.blockSize);
    expect(blocks).to.deep.equal(['2rem', '5rem']);
    expect(content(element)).to.equal(undefined);

    await settle(element, (run) => run.resolve('ready'));
    expect(content(element)).to.equal('first: ready');
    expect(shadowQuery(element, '[part="skeleton"]')).to.equal(null);
  });

  it('shows the localized error state for the failure, and its retry runs the task again', async () => {
    const element = await host();
    await settle(element, (run) => run.reject(new AdapterError('network')));
    const error = shadowQuery(element, '[part="error"]')!;
    expect(error.dataset.code).to.equal('network');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(shownText(element)).to.contain('You seem to be offline');

    shadowQuery<HTMLButtonElement>(element, '[part="retry-button"]')!.click();
    await waitUntil(() => element.runs.length === 2, 'retry started the task again');
    await element.updateComplete;
    expect(shadowQuery(element, '[part="skeleton"]'), 'skeleton during the retry').to.not.equal(null);
    await settle(element, (run) => run.resolve('second try'));
    expect(content(element)).to.equal('first: second try');
    expect(shadowQuery(element, '[part="error"]')).to.equal(null);
  });

  it('treats anything thrown that is not an AdapterError as unavailable', async () => {
    const element = await host();
    await settle(element, (run) => run.reject(new TypeError('boom')));
    expect(shadowQuery(element, '[part="error"]')!.dataset.code).to.equal('unavailable');
    expect(shownText(element)).to.contain('Something went wrong on our side');
  });

  it('offers no retry where trying again cannot help', async () => {
    const element = await host();
    await settle(element, (run) => run.reject(new AdapterError('not_found')));
    expect(shadowQuery(element, '[part="error"]')!.dataset.code).to.equal('not_found');
    expect(shadowQuery(element, '[part="retry-button"]')).to.equal(null);
  });

  it('keeps the content on screen while the task runs again, by default', async () => {
    const element = await host();
    await settle(element, (run) => run.resolve('one'));
    element.key = 'second';
    await waitUntil(() => element.runs.length === 2, 'the task ran again');
    await element.updateComplete;
    expect(content(element)).to.equal('first: one');
    expect(shadowQuery(element, '[part="skeleton"]')).to.equal(null);
    await settle(element, (run) => run.resolve('two'));
    expect(content(element)).to.equal('second: two');
  });

  it('shows the skeleton on a re-run when keepWhileLoading says no', async () => {
    const seen: string[] = [];
    const element = await host({ keepWhileLoading: (value) => (seen.push(value), false) });
    await settle(element, (run) => run.resolve('one'));
    expect(content(element)).to.equal('first: one');
    element.key = 'second';
    await waitUntil(() => element.runs.length === 2, 'the task ran again');
    await element.updateComplete;
    expect(shadowQuery(element, '[part="skeleton"]')).to.not.equal(null);
    expect(content(element)).to.equal(undefined);
    expect(seen).to.include('first: one');
  });

  it('uses a custom error view instead of the standard one', async () => {
    const element = await host({ error: (error) => html`<p class="custom">Sign in (${error.code})</p>` });
    await settle(element, (run) => run.reject(new AdapterError('unauthorized')));
    expect(shadowQuery(element, '.custom')!.textContent).to.equal('Sign in (unauthorized)');
    expect(shadowQuery(element, '[part="error"]')).to.equal(null);
  });

  it('falls back to the standard error state when the custom view returns undefined', async () => {
    const element = await host({ error: () => undefined });
    await settle(element, (run) => run.reject(new AdapterError('timeout')));
    expect(shadowQuery(element, '[part="error"]')!.dataset.code).to.equal('timeout');
  });

  it('shows a fresher value given by the view over the task’s own', async () => {
    const element = await host();
    await settle(element, (run) => run.resolve('old'));
    element.view = { value: 'polled' };
    element.requestUpdate();
    await element.updateComplete;
    expect(content(element)).to.equal('polled');
  });
});
