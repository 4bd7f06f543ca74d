import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { errorSummary } from '../../core/error-messages.js';
import { toAdapterError } from '../../core/errors.js';
import { lazyPart } from '../../core/lazy.js';
import type { ReadOptions } from '../../core/validating-adapter.js';
import { getOrder } from '../../generated/contract/getOrder.js';
import { getReturnOptions } from '../../generated/contract/getReturnOptions.js';
import { formStyles } from '../shared/form.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { renderSkeleton } from '../shared/skeleton.js';
import { renderSupport } from '../shared/support.js';
import { calloutStyles, linkButtonStyles, listStyles } from '../shared/utility.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { renderPolicy } from './policy-banner.js';
import { stepSkeleton, WIZARD_SKELETON } from './wizard-skeleton.js';
import { returnWizardStyles } from './return-wizard.styles.js';
import { confirmationPart, FLOW, itemsChunk, laterChunk, stepEntry } from './step-registry.js';
import type { Problems, StepContext, StepView } from './steps/step-context.js';
import {
  choiceOf,
  emptyState,
  type ItemChoice,
  reasonOf,
  type StepName,
  toDraft,
  type WizardData,
  type WizardState,
  withChoice,
} from './wizard-state.js';

const WIDGET = 'ac-return-wizard';

/** Reasons that need a photo load the picker. */
const photoPicker = lazyPart(() => import('../shared/photo-picker.js'));

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
 * @csspart return-outcome - Why a return was declined, or that it was cancelled.
 * @csspart label-link - The link to the printable label.
 * @csspart navigation - Back and next.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 * @csspart retry-button - Tries again after an error.
 */
export class AcReturnWizard extends OrderElement {
  static override contract = {
    getOrder,
    getReturnOptions,
    // The write's schemas load with the write: most visits never submit.
    createReturn: () => import('../../generated/contract/createReturn.js').then((m) => m.createReturn),
    getReturn: () => import('../../generated/contract/getReturn.js').then((m) => m.getReturn),
  };
  static override styles = [
    ...widgetStyles,
    linkButtonStyles,
    listStyles,
    calloutStyles,
    formStyles,
    returnWizardStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...OrderElement.properties,
    state: { state: true },
    problems: { state: true },
    submitting: { state: true },
    submitError: { state: true },
    refreshing: { state: true },
  };

  private state: WizardState = emptyState('items');
  private problems: Problems = new Map();
  private submitting = false;
  private submitError?: string;
  private refreshing = false;
  /** The order whose draft is already on screen. */
  private restoredFor?: string;
  /** A submit met an expired proof: it goes again, with the same key, once the shopper has proved the order. */
  private submitAfterProof = false;

  private readonly dataTask = this.createOrderTask({
    load: async (adapter, ref, signal): Promise<WizardData> => {
      const [order, options] = await Promise.all([
        adapter.getOrder(ref, { signal }),
        adapter.getReturnOptions(ref, { signal }),
      ]);
      return { order, options };
    },
    onComplete: (data) => this.restore(data),
  });

  private get data(): WizardData | undefined {
    return this.dataTask.value;
  }

  protected override get lookupHeading(): string {
    return stepEntry('identify').title();
  }

  /** Without an order, finding it is the first step. */
  protected override lookupStarted(): void {
    this.track({ name: 'step_viewed', step: 'identify' });
  }

  private get flow(): readonly StepName[] {
    // Steps whose only answer the backend gives are skipped (DESIGN §5.2); the first step's chunk knows which.
    const flow = itemsChunk.value?.flowFor(this.data) ?? FLOW;
    return this.fromLookup ? ['identify', ...flow] : flow;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first step's code loads alongside the order, not after it.
    void stepEntry('items')
      .chunk?.loadInto(this)
      .catch(() => undefined);
  }

  /** Picks up where the shopper was: the draft holds every choice but the refund account. */
  private restore(data: WizardData): void {
    // Read again (a new language, a proof given): what the shopper entered stays as it is, account included.
    if (this.restoredFor === data.order.id) {
      this.preload();
      if (this.submitAfterProof) void this.submit();
      return;
    }
    this.restoredFor = data.order.id;
    const draft = loadDraft<Omit<WizardState, 'account'>>(WIDGET, data.order.id);
    const base = draft && draft.step !== 'identify' ? draft : emptyState('items');
    // A choice for an item that can no longer be returned is dropped.
    const choices = Object.fromEntries(
      Object.entries(base.choices).filter(([id]) =>
        data.options.items.some((item) => item.lineItemId === id && item.returnableQuantity > 0),
      ),
    );
    // What the backend decides alone is decided; a draft's step it no longer asks starts over.
    this.state = { ...base, ...itemsChunk.value?.fixedChoices(data.options), choices, account: {} };
    if (this.state.step === 'done' && !this.state.receipt) this.state = { ...this.state, step: 'review' };
    const flow = itemsChunk.value?.flowFor(data) ?? FLOW;
    if (this.state.step !== 'done' && !flow.includes(this.state.step)) this.state.step = 'items';
    this.preload();
    this.goTo(this.state.step, this.fromLookup);
  }

  /** Loads what the current step will need, and the next steps while the shopper reads. */
  private preload(): void {
    const { step, choices } = this.state;
    const needsPhotos = Object.values(choices).some(
      (c) => this.data && reasonOf(this.data, c.reasonCode)?.requiresPhoto,
    );
    const loads = [
      laterChunk.loadInto(this),
      needsPhotos && photoPicker.loadInto(this),
      step === 'done' && confirmationPart.loadInto(this),
    ];
    // A missing chunk shows up as a loading state, and is tried again on the next step.
    void Promise.all(loads).catch(() => undefined);
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
    this.change({ choices: withChoice(this.state.choices, lineItemId, choice) });
    this.preload();
  }

  /** The current step's view, once its chunk is here (it is asked for otherwise). */
  private stepView(step: StepName): StepView | undefined {
    return stepEntry(step).chunk?.in(this)?.steps[step];
  }

  private currentProblems(): Problems {
    const data = this.data;
    const rules = this.stepView(this.state.step)?.problems;
    return data && rules ? rules(this.context(data)) : new Map();
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
    // Decided here too when the first step's chunk came after the order (restore could not decide).
    if (this.data) this.state = { ...this.state, ...itemsChunk.value?.fixedChoices(this.data.options) };
    this.track({ name: 'step_completed', step, ...(this.data ? { orderId: this.data.order.id } : {}) });
    this.goTo(flow[flow.indexOf(step) + 1] ?? 'review');
  }

  private back(): void {
    const flow = this.flow;
    const previous = flow[flow.indexOf(this.state.step) - 1];
    if (!previous) return;
    if (previous === 'identify') {
      this.order = undefined;
      this.restoredFor = undefined;
      this.state = emptyState('identify');
      this.focusAfterRender('.lookup__heading');
      return;
    }
    this.goTo(previous);
  }

  private async submit(): Promise<void> {
    const data = this.data;
    const later = laterChunk.value;
    if (!data || !later || this.submitting) return;
    const request = later.buildRequest(data, this.state);
    const submission = later.submissionFor(this.state, request);
    this.change({ submission });
    this.submitAfterProof = false;
    this.submitting = true;
    this.submitError = undefined;
    try {
      const receipt = await this.requireAdapter().createReturn(request, { idempotencyKey: submission.key });
      this.state = { ...this.state, receipt, account: {} };
      this.emit('ac-return-created', receipt);
      this.track({ name: 'submitted', orderId: data.order.id, step: 'review', value: request.resolution });
      await confirmationPart.loadInto(this).catch(() => undefined);
      this.goTo('done');
    } catch (error) {
      if (toAdapterError(error).code === 'unauthorized') {
        this.submitAfterProof = true;
        this.askForProof();
        return;
      }
      this.submitError = errorSummary(this.errorShown(error).code);
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
    this.restoredFor = undefined;
    if (this.data) clearDraft(WIDGET, this.data.order.id);
    this.state = emptyState('items');
    void this.dataTask.run();
  }

  protected override render() {
    const body = this.renderOrderTask(this.dataTask, {
      skeleton: WIZARD_SKELETON,
      loadingLabel: msg('Loading your order…'),
      complete: (data) => this.renderStep(data),
    });
    return html`<section class="wizard stack" part="base" aria-labelledby="step-title">${body}</section>`;
  }

  protected override renderLookup() {
    return html`${this.renderProgress('identify')} ${super.renderLookup()}`;
  }

  private renderProgress(step: StepName) {
    const flow = this.flow;
    const index = flow.indexOf(step);
    if (index < 0) return nothing;
    return html`<p class="progress" part="progress">${msg(str`Step ${index + 1} of ${flow.length}`)}</p>`;
  }

  private context(data: WizardData): StepContext {
    return {
      data,
      state: this.state,
      problems: this.problems,
      change: (patch) => this.change(patch),
      changeChoice: (id, choice) => this.changeChoice(id, choice),
      patchChoice: (id, patch) => {
        const current = choiceOf(this.state, id);
        if (current) this.changeChoice(id, { ...current, ...patch });
      },
      patchAccount: (patch) => this.change({ account: { ...this.state.account, ...patch } }),
      photoPicker: photoPicker.loaded(this),
      submitError: this.submitError,
    };
  }

  private renderStep(data: WizardData) {
    const step = this.state.step;
    const heading = html`<h2 class="step__title" id="step-title" tabindex="-1">${stepEntry(step).title()}</h2>`;
    if (step === 'done' && this.state.receipt) {
      const confirmation = confirmationPart.in(this);
      return html`
        ${heading}
        ${
          confirmation
            ? confirmation.renderConfirmationStep(this.state.receipt, {
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
    const view = this.stepView(step);
    const content = view ? view.render(this.context(data)) : renderSkeleton(stepSkeleton(step, data), msg('Loading…'));
    const isFirst = this.flow.indexOf(step) === 0;
    return html`
      ${this.renderProgress(step)} ${heading} ${renderPolicy(data.options)}
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
