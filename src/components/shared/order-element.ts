import { msg } from '@lit/localize';
import { type Task, TaskStatus } from '@lit/task';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { AftercareAdapter } from '../../core/adapter.js';
import { AftercareElement } from '../../core/base-element.js';
import { toAdapterError } from '../../core/errors.js';
import { lazyPart } from '../../core/lazy.js';
import { getLocale } from '../../core/localization.js';
import type { OrderRef } from '../../core/schemas/index.js';
import type { OrderLookupController } from './order-lookup.js';
import { renderSkeleton } from './skeleton.js';
import { renderTask, type TaskView } from './task-view.js';

/** The look-up form: only shoppers who arrive without an order need it. */
const lookupForm = lazyPart(() => import('./order-lookup.js'));

export interface OrderTaskConfig<R> {
  /** Everything the element needs about the order, read with the shopper's proof. */
  load(adapter: AftercareAdapter, ref: OrderRef, signal: AbortSignal): Promise<R>;
  onComplete?(value: R): void;
  onError?(error: unknown): void;
}

/**
 * The base of the elements about one order (tracker, return wizard, review
 * prompt, journey): the `order`, `email`, `phone` and `token` attributes,
 * the order's task, and one behaviour without an order — the look-up form,
 * whose failures come back to the form with what the shopper typed.
 */
export abstract class OrderElement extends AftercareElement {
  static override properties: PropertyDeclarations = {
    ...AftercareElement.properties,
    order: { reflect: true },
    email: {},
    phone: {},
    token: {},
    fromLookup: { state: true },
    proofNeeded: { state: true },
  };

  /** Order number or id; without it the element starts with a look-up form. */
  declare order?: string;
  /** Email used at checkout, to prove the order is the shopper's. */
  declare email?: string;
  /** Phone number used at checkout, as an alternative to `email`. */
  declare phone?: string;
  /** An order access token, e.g. from the signed link in a shipping message. */
  declare token?: string;

  /** The order came from the look-up form (or none was given), so failures go back to the form. */
  protected fromLookup = false;
  /** The backend wants proof for this order (`unauthorized`): the form asks for its email or phone only. */
  protected proofNeeded?: string;
  private lookup?: OrderLookupController;
  private loadTask?: Task<ReadonlyArray<unknown>, unknown>;

  /** The look-up form's heading. */
  protected abstract get lookupHeading(): string;

  protected override get analyticsOrderId(): string | undefined {
    return this.order;
  }

  /** Called once the element switches to the look-up form because no order was given. */
  protected lookupStarted(): void {}

  /** The order as the shopper proved it, for the adapter. */
  protected get orderRef(): OrderRef | undefined {
    return this.order ? refOf(this.order, this.email, this.phone, this.token) : undefined;
  }

  /**
   * The task that loads what the element shows about the order. It runs
   * again when the order, the proof, the language or the settings change;
   * without an order it has nothing to do.
   */
  protected createOrderTask<R>(config: OrderTaskConfig<R>) {
    const task = this.createTask({
      task: async ([adapter, orderId, email, phone, token], { signal }): Promise<R | undefined> => {
        if (!orderId) return undefined;
        return config.load(adapter ?? this.requireAdapter(), refOf(orderId, email, phone, token), signal);
      },
      // The locale is an argument: a shop may answer in the shopper's language.
      args: () =>
        [
          this.resolvedAdapter,
          this.order,
          this.email,
          this.phone,
          this.token,
          getLocale(),
          this.settingsRevision,
        ] as const,
      onComplete: (value) => {
        if (this.lookup) this.lookup.busy = false;
        if (value === undefined) return;
        this.proofNeeded = undefined;
        config.onComplete?.(value);
      },
      onError: (error) => {
        this.loadFailed(error);
        config.onError?.(error);
      },
    });
    this.loadTask = task as unknown as Task<ReadonlyArray<unknown>, unknown>;
    return task;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.order && !this.fromLookup) {
      this.fromLookup = true;
      this.lookupStarted();
    }
  }

  /**
   * Asks the shopper to prove the order is theirs, in place of what is on
   * screen (a first read, or a write whose token expired); nothing typed is
   * lost, and the element carries on once the proof is accepted.
   */
  protected askForProof(): void {
    if (this.lookup) this.lookup.busy = false;
    if (this.proofNeeded === this.order) return;
    this.proofNeeded = this.order;
    this.token = undefined;
    this.focusAfterRender('.lookup__heading');
  }

  /** The shopper found, or proved, the order with the form. */
  protected lookUp(ref: OrderRef): void {
    // Proving an order the element already shows keeps its flow; finding one starts from the form.
    if (!this.proofNeeded) this.fromLookup = true;
    if (this.lookup) this.lookup.busy = true;
    this.email = ref.email;
    this.phone = ref.phone;
    this.token = ref.token;
    if (this.order === ref.orderId) void this.loadTask?.run();
    this.order = ref.orderId;
  }

  private loadFailed(error: unknown): void {
    // No proof yet (or an expired one) is a question for the shopper, not an error.
    if (toAdapterError(error).code === 'unauthorized' && this.order) return this.askForProof();
    const adapterError = this.errorShown(error);
    if (!(this.fromLookup || this.proofNeeded) || !this.lookup) return;
    this.lookup.busy = false;
    this.lookup.failure = lookupForm.value?.failureText(adapterError.code);
    if (!this.proofNeeded) this.order = undefined;
  }

  /** The task's states; the look-up form while there is no order to show. */
  protected renderOrderTask<R>(task: Task<ReadonlyArray<unknown>, R | undefined>, view: TaskView<R>): unknown {
    const value = view.value ?? task.value;
    if (
      this.proofNeeded ||
      !this.order ||
      (this.fromLookup && value === undefined && task.status !== TaskStatus.ERROR)
    ) {
      return this.renderLookup();
    }
    return renderTask(task as Task<ReadonlyArray<unknown>, R>, { support: this.supportContext, ...view });
  }

  protected renderLookup(): unknown {
    const module = lookupForm.in(this, (error) => this.errorShown(error));
    if (!module) return renderSkeleton([1.75, 4.5, 4.5, 3], msg('Loading…'));
    this.lookup ??= new module.OrderLookupController(this, (ref) => this.lookUp(ref));
    if (this.proofNeeded) this.lookup.verify(this.proofNeeded);
    return this.lookup.render(this.lookupHeading);
  }
}

function refOf(orderId: string, email?: string, phone?: string, token?: string): OrderRef {
  return { orderId, ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(token ? { token } : {}) };
}
