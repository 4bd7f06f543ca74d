import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { AftercareElement } from '../../core/base-element.js';
import type { ReadOptions } from '../../core/validating-adapter.js';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { errorText } from '../../core/error-messages.js';
import { AdapterError, toAdapterError } from '../../core/errors.js';
import { formatDate } from '../../core/format/dates.js';
import { formatList } from '../../core/format/numbers.js';
import { lazy } from '../../core/lazy.js';
import { adoptLazyStyles } from '../../core/lazy-styles.js';
import { getLocale } from '../../core/localization.js';
import type { OrderRef, ReturnOptions } from '../../core/schemas/index.js';
import { tokens } from '../../core/styles/tokens.js';
import { getOrder } from '../../generated/contract/getOrder.js';
import { getReturnOptions } from '../../generated/contract/getReturnOptions.js';
import { buttonStyles } from '../shared/button.styles.js';
import { formStyles } from '../shared/form.styles.js';
import type { OrderLookupController } from '../shared/order-lookup.js';
import { renderSkeleton, skeletonStyles } from '../shared/skeleton.js';
import { renderErrorState, statusMessageStyles } from '../shared/status-message.js';
import { renderSupport } from '../shared/support.js';
import { perkLabel } from './return-text.js';
import { returnWizardStyles } from './return-wizard.styles.js';
import type { StepContext } from './steps/step-context.js';
import type { Problems } from './steps/items/rules.js';
import {
  emptyState,
  type ItemChoice,
  reasonOf,
  type StepName,
  toDraft,
  type WizardData,
  type WizardState,
} from './wizard-state.js';

const WIDGET = 'ac-return-wizard';

// What only some shoppers reach loads when they get there: the later steps
// (fetched while the first is on screen), the confirmation with its QR code,
// the photo picker, the look-up form.
const firstStep = lazy(() => import('./steps/items.chunk.js'));
const laterSteps = lazy(() => import('./steps/later.chunk.js'));
const confirmation = lazy(() => import('./steps/done/view.js'));
const photoPicker = lazy(() => import('../shared/photo-picker.js'));
const lookupForm = lazy(() => import('../shared/order-lookup.js'));

const FLOW: StepName[] = ['items', 'resolution', 'method', 'review'];

function stepTitle(step: StepName): string {
  switch (step) {
    case 'identify':
      return msg('Find your order');
    case 'items':
      return msg('What are you returning?');
    case 'resolution':
      return msg('What would you like instead?');
    case 'method':
      return msg('How will you send it back?');
    case 'review':
      return msg('Check and submit');
    case 'done':
      return msg('Your return is booked');
  }
}

/** "Gold: 60-day window, until 12 Jun 2026" */
export function policyLine(policy: ReturnOptions['policy']): string {
  const until = formatDate(policy.deadline, 'date');
  return policy.tier
    ? msg(str`${policy.tier}: ${policy.windowDays}-day window, until ${until}`)
    : msg(str`${policy.windowDays}-day window, until ${until}`);
}

/**
 * Self-service returns and exchanges: items and reasons, refund, store
 * credit or exchange, the way back, a check, and a label with its QR code.
 * The shopper's loyalty tier shapes the policy from the first step on.
 *
 * @tag ac-return-wizard
 * @summary Returns and exchanges in five steps, with the loyalty perks the shopper has earned.
 *
 * @fires ac-return-created - The return was created; `detail` is the ReturnReceipt.
 * @fires ac-error-shown - An error state is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The whole wizard.
 * @csspart policy - The personalized policy banner.
 * @csspart progress - "Step 2 of 5".
 * @csspart return-item - One item of the order.
 * @csspart refund-account - Where a cash-on-delivery refund goes.
 * @csspart summary - The summary before submitting and on the confirmation.
 * @csspart confirmation - The return number, status and label.
 * @csspart qr-code - The drop-off QR code.
 * @csspart label-link - The link to the printable label.
 * @csspart navigation - Back and next.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 * @csspart retry-button - Tries again after an error.
 */
export class AcReturnWizard extends AftercareElement {
  static override contract = {
    getOrder,
    getReturnOptions,
    // The write's schemas load with the write: most visits never submit.
    createReturn: () => import('../../generated/contract/createReturn.js').then((m) => m.createReturn),
    getReturn: () => import('../../generated/contract/getReturn.js').then((m) => m.getReturn),
  };
  static override styles = [tokens, buttonStyles, formStyles, statusMessageStyles, skeletonStyles, returnWizardStyles];

  static override properties: PropertyDeclarations = {
    order: { reflect: true },
    email: {},
    phone: {},
    state: { state: true },
    problems: { state: true },
    submitting: { state: true },
    submitError: { state: true },
    refreshing: { state: true },
    fromLookup: { state: true },
  };

  /** Order number or id; without it the wizard starts by finding the order. */
  declare order?: string;
  /** Email used at checkout. */
  declare email?: string;
  /** Phone number used at checkout, as an alternative to `email`. */
  declare phone?: string;

  private state: WizardState = emptyState('items');
  private problems: Problems = new Map();
  private submitting = false;
  private submitError?: string;
  private refreshing = false;
  private fromLookup = false;
  private lookup?: OrderLookupController;

  private readonly dataTask = this.createTask({
    task: async ([adapter, orderId, email, phone], { signal }): Promise<WizardData | undefined> => {
      if (!orderId) return undefined;
      if (!adapter) throw new AdapterError('unavailable', 'No adapter configured');
      const ref: OrderRef = { orderId, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
      const [order, options] = await Promise.all([
        adapter.getOrder(ref, { signal }),
        adapter.getReturnOptions(ref, { signal }),
      ]);
      return { order, options };
    },
    args: () => [this.resolvedAdapter, this.order, this.email, this.phone, getLocale(), this.settingsRevision] as const,
    onComplete: (data) => {
      if (this.lookup) this.lookup.busy = false;
      if (data) this.restore(data);
    },
    onError: (error) => this.loadFailed(error),
  });

  private get data(): WizardData | undefined {
    return this.dataTask.value;
  }

  protected override willUpdate(): void {
    // Without an order, finding it is the first step.
    if (!this.order && !this.fromLookup) {
      this.fromLookup = true;
      this.track({ name: 'step_viewed', step: 'identify' });
    }
  }

  private get flow(): StepName[] {
    return this.fromLookup ? ['identify', ...FLOW] : FLOW;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first step's code loads alongside the order, not after it.
    void firstStep.load().then(
      (module) => {
        adoptLazyStyles(this, module.firstStepStyles);
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  protected override firstUpdated(): void {
    this.track({ name: 'widget_viewed', ...(this.order ? { orderId: this.order } : {}) });
  }

  /** Picks up where the shopper was: the draft holds every choice but the refund account. */
  private restore(data: WizardData): void {
    const draft = loadDraft<Omit<WizardState, 'account'>>(WIDGET, data.order.id);
    const base = draft && draft.step !== 'identify' ? draft : emptyState('items');
    // A choice for an item that can no longer be returned is dropped.
    const choices = Object.fromEntries(
      Object.entries(base.choices).filter(([id]) =>
        data.options.items.some((item) => item.lineItemId === id && item.returnableQuantity > 0),
      ),
    );
    this.state = { ...base, choices, account: {} };
    if (this.state.step === 'done' && !this.state.receipt) this.state = { ...this.state, step: 'review' };
    this.preload();
    this.goTo(this.state.step, this.fromLookup);
  }

  private loadFailed(error: unknown): void {
    const adapterError = this.errorShown(error);
    if (!this.fromLookup || !this.lookup) return;
    this.lookup.busy = false;
    this.lookup.failure = lookupForm.value?.failureText(adapterError.code);
    this.order = undefined;
  }

  private lookUp(ref: OrderRef): void {
    this.fromLookup = true;
    if (this.lookup) this.lookup.busy = true;
    this.email = ref.email;
    this.phone = ref.phone;
    if (this.order === ref.orderId) void this.dataTask.run();
    this.order = ref.orderId;
  }

  /** Loads what the current step will need, and the next steps while the shopper reads. */
  private preload(): void {
    const { step, choices } = this.state;
    const needsPhotos = Object.values(choices).some(
      (c) => this.data && reasonOf(this.data, c.reasonCode)?.requiresPhoto,
    );
    const loads: Promise<unknown>[] = [
      laterSteps.load().then((module) => adoptLazyStyles(this, module.laterStepsStyles)),
    ];
    if (needsPhotos) {
      loads.push(photoPicker.load().then((module) => adoptLazyStyles(this, module.photoPickerStyles)));
    }
    if (step === 'done')
      loads.push(confirmation.load().then((module) => adoptLazyStyles(this, module.confirmationStyles)));
    void Promise.all(loads).then(
      () => this.requestUpdate(),
      () => undefined, // A missing chunk shows up as a loading state, and is tried again on the next step.
    );
  }

  private saveDraft(): void {
    if (this.data) saveDraft(WIDGET, this.data.order.id, toDraft(this.state));
  }

  private change(patch: Partial<WizardState>): void {
    this.state = { ...this.state, ...patch };
    if (this.problems.size) this.problems = this.currentProblems();
    this.saveDraft();
  }

  private changeChoice(lineItemId: string, choice: ItemChoice | undefined): void {
    const choices = { ...this.state.choices };
    if (choice) choices[lineItemId] = choice;
    else delete choices[lineItemId];
    this.change({ choices });
    this.preload();
  }

  private currentProblems(): Problems {
    const data = this.data;
    if (!data) return new Map();
    switch (this.state.step) {
      case 'items':
        return firstStep.value?.itemProblems(data, this.state) ?? new Map();
      case 'resolution':
        return laterSteps.value?.resolutionProblems(data, this.state) ?? new Map();
      case 'method':
        return laterSteps.value?.methodProblems(this.state) ?? new Map();
      default:
        return new Map();
    }
  }

  private goTo(step: StepName, focus = true): void {
    this.state = { ...this.state, step };
    this.problems = new Map();
    this.submitError = undefined;
    this.saveDraft();
    this.preload();
    this.track({ name: 'step_viewed', step, ...(this.data ? { orderId: this.data.order.id } : {}) });
    if (focus) this.focusAfterRender('.step__title');
  }

  private next(): void {
    const problems = this.currentProblems();
    if (problems.size) {
      this.problems = problems;
      const [first] = problems.keys();
      this.focusAfterRender(`#${CSS.escape(first!)}`);
      return;
    }
    const flow = this.flow;
    const step = this.state.step;
    this.track({ name: 'step_completed', step, ...(this.data ? { orderId: this.data.order.id } : {}) });
    this.goTo(flow[flow.indexOf(step) + 1] ?? 'review');
  }

  private back(): void {
    const flow = this.flow;
    const previous = flow[flow.indexOf(this.state.step) - 1];
    if (!previous) return;
    if (previous === 'identify') {
      this.order = undefined;
      this.state = emptyState('identify');
      this.focusAfterRender('.lookup__heading');
      return;
    }
    this.goTo(previous);
  }

  private async submit(): Promise<void> {
    const data = this.data;
    const later = laterSteps.value;
    if (!data || !later || this.submitting) return;
    const request = later.buildRequest(data, this.state);
    const submission = later.submissionFor(this.state, request);
    this.change({ submission });
    this.submitting = true;
    this.submitError = undefined;
    try {
      const receipt = await this.requireAdapter().createReturn(request, { idempotencyKey: submission.key });
      this.state = { ...this.state, receipt, account: {} };
      this.emit('ac-return-created', receipt);
      this.track({ name: 'submitted', orderId: data.order.id, step: 'review', value: request.resolution });
      await confirmation
        .load()
        .then((module) => adoptLazyStyles(this, module.confirmationStyles))
        .catch(() => undefined);
      this.goTo('done');
    } catch (error) {
      const code = this.errorShown(error).code;
      this.submitError = `${errorText(code).title}. ${errorText(code).hint}`;
    } finally {
      this.submitting = false;
    }
  }

  private async refreshStatus(): Promise<void> {
    const receipt = this.state.receipt;
    if (!receipt || this.refreshing) return;
    this.refreshing = true;
    try {
      const latest = await this.requireAdapter().getReturn(receipt.id, { fresh: true } as ReadOptions);
      this.change({ receipt: latest });
    } catch (error) {
      this.errorShown(error);
    } finally {
      this.refreshing = false;
    }
  }

  private startOver(): void {
    if (this.data) clearDraft(WIDGET, this.data.order.id);
    this.state = emptyState('items');
    void this.dataTask.run();
  }

  protected override render() {
    const status = this.dataTask.status;
    const data = this.data;
    let body: unknown;
    if (!this.order || (this.fromLookup && !data && status !== TaskStatus.ERROR)) body = this.renderLookup();
    else if (data && (status === TaskStatus.COMPLETE || status === TaskStatus.PENDING)) body = this.renderStep(data);
    else if (status === TaskStatus.ERROR) {
      body = renderErrorState(toAdapterError(this.dataTask.error), () => void this.dataTask.run(), this.supportContext);
    } else body = renderSkeleton([3, 1.5, 2, 6, 6, 3], msg('Loading your order…'));
    return html`<section class="wizard" part="base" aria-labelledby="step-title">${body}</section>`;
  }

  private renderLookup() {
    const module = lookupForm.value;
    if (!module) {
      void lookupForm.load().then(
        () => this.requestUpdate(),
        (error: unknown) => this.errorShown(error),
      );
      return renderSkeleton([1.75, 4.5, 4.5, 3], msg('Loading…'));
    }
    if (!this.lookup) {
      adoptLazyStyles(this, module.formStyles);
      this.lookup = new module.OrderLookupController(this, (ref) => this.lookUp(ref));
    }
    return html` ${this.renderProgress('identify')} ${this.lookup.render(stepTitle('identify'))} `;
  }

  private renderProgress(step: StepName) {
    const flow = this.flow;
    const index = flow.indexOf(step);
    if (index < 0) return nothing;
    return html`<p class="progress" part="progress">${msg(str`Step ${index + 1} of ${flow.length}`)}</p>`;
  }

  private renderPolicy(options: ReturnOptions) {
    const { policy } = options;
    const perks = policy.perks.map((perk) => perkLabel(perk, policy.windowDays));
    return html`<div class="policy" part="policy">
      <p class="policy__line">${policyLine(policy)}</p>
      ${perks.length ? html`<p class="policy__perks">${msg(str`Your perks: ${formatList(perks)}`)}</p>` : nothing}
    </div>`;
  }

  private context(data: WizardData): StepContext {
    return {
      data,
      state: this.state,
      problems: this.problems,
      change: (patch) => this.change(patch),
      changeChoice: (id, choice) => this.changeChoice(id, choice),
      patchChoice: (id, patch) => {
        const current = this.state.choices[id];
        if (current) this.changeChoice(id, { ...current, ...patch });
      },
      patchAccount: (patch) => this.change({ account: { ...this.state.account, ...patch } }),
      photoPicker: photoPicker.value,
    };
  }

  private renderStep(data: WizardData) {
    const step = this.state.step;
    const context = this.context(data);
    const later = laterSteps.value;
    const heading = html`<h2 class="step__title" id="step-title" tabindex="-1">${stepTitle(step)}</h2>`;
    if (step === 'done' && this.state.receipt) {
      return html`
        ${heading}
        ${
          confirmation.value
            ? confirmation.value.renderConfirmationStep(this.state.receipt, {
                refresh: () => void this.refreshStatus(),
                refreshing: this.refreshing,
                storeCredit: this.state.resolution === 'store_credit',
                adapter: this.adapter,
              })
            : renderSkeleton([10], msg('Loading…'))
        }
        <button type="button" class="link-button" @click=${this.startOver}>${msg('Return more items')}</button>
      `;
    }
    const returnable = data.options.items.some((item) => item.returnableQuantity > 0);
    let content: unknown;
    const first = firstStep.value;
    if (step === 'items') content = first ? first.renderItemsStep(context) : renderSkeleton([6], msg('Loading…'));
    else if (!later) content = renderSkeleton([6], msg('Loading…'));
    else if (step === 'resolution') content = later.renderResolutionStep(context);
    else if (step === 'method') content = later.renderMethodStep(context);
    else content = later.renderReviewStep(context, this.submitError);
    const isFirst = this.flow.indexOf(step) === 0;
    return html`
      ${this.renderProgress(step)} ${heading} ${this.renderPolicy(data.options)}
      ${returnable ? nothing : html`<p class="notice">${msg('None of the items in this order can be returned.')}</p>`}
      ${content}
      ${
        returnable
          ? html`<div class="navigation" part="navigation">
              ${
                isFirst
                  ? nothing
                  : html`<button class="button button--secondary" type="button" @click=${this.back}>
                      ${msg('Back')}
                    </button>`
              }
              ${
                step === 'review'
                  ? html`<button class="button" type="button" ?disabled=${this.submitting} @click=${this.submit}>
                      ${this.submitting ? msg('Booking your return…') : msg('Submit return')}
                    </button>`
                  : html`<button class="button" type="button" @click=${this.next}>${msg('Next')}</button>`
              }
            </div>`
          : nothing
      }
      ${renderSupport(this.supportContext, msg('Questions about your return? Talk to us.'))}
    `;
  }
}
