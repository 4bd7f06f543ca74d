import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { AftercareElement } from '../../core/base-element.js';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { errorSummary, errorText } from '../../core/error-messages.js';
import { AdapterError, type AdapterErrorCode, isRetryable, toAdapterError } from '../../core/errors.js';
import { newIdempotencyKey } from '../../core/idempotency.js';
import { getLocale } from '../../core/localization.js';
import type { NpsScale, NpsSubmission } from '../../core/schemas/index.js';
import { tokens } from '../../core/styles/tokens.js';
import { submitNps } from '../../generated/contract-schemas.js';
import { buttonStyles } from '../shared/button.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { utilityStyles } from '../shared/utility.styles.js';
import { npsSurveyStyles } from './nps-survey.styles.js';
import { isResting, rememberAnswer, rememberDismissal } from './survey-memory.js';
import { categoryOf, followUp, question, scaleOptions, type SurveyStrings } from './survey-text.js';

const WIDGET = 'ac-nps-survey';
/** Automatic retries of the score before the shopper is asked; each reuses the same key. */
const RETRY_DELAYS_MS = [800, 2400];
const MAX_SCORE_POSTS = 3;

type Step = 'resting' | 'question' | 'follow_up' | 'thanks' | 'closed';

interface SurveyDraft {
  score: number;
  responseId?: string;
  scoreKey: string;
  commentKey?: string;
  comment: string;
}

/**
 * Asks NPS (0–10) or CSAT (1–5), records the score the moment it is chosen,
 * then asks the follow-up that fits the answer.
 *
 * @tag ac-nps-survey
 * @summary An NPS or CSAT question with a follow-up, inline or as a corner card, that knows when to stay quiet.
 *
 * @fires ac-nps-answered - The score was recorded; `detail` is `{ surveyId, scale, score, responseId }`.
 * @fires ac-nps-commented - The follow-up comment was recorded; `detail` is `{ surveyId, responseId }`.
 * @fires ac-nps-dismissed - The shopper closed the survey without answering; `detail` is `{ surveyId }`.
 * @fires ac-error-shown - A submission failed and an error is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The card.
 * @csspart question - The question.
 * @csspart scale - The score radio group.
 * @csspart follow-up - The follow-up question and comment form.
 * @csspart thanks - The thank-you message.
 * @csspart close-button - Closes (dismisses) the survey.
 * @csspart launcher - The small button that opens the corner card on phones.
 *
 * @cssprop --ac-color-accent - The chosen score.
 */
export class AcNpsSurvey extends AftercareElement {
  static override contract = { submitNps };
  static override styles = [tokens, utilityStyles, buttonStyles, formStyles, scaleStyles, npsSurveyStyles];

  static override properties: PropertyDeclarations = {
    survey: {},
    order: {},
    token: {},
    customer: {},
    scale: { reflect: true },
    throttleDays: { attribute: 'throttle-days', type: Number },
    cooldownDays: { attribute: 'cooldown-days', type: Number },
    placement: { reflect: true },
    strings: { attribute: false },
    step: { state: true },
    score: { state: true },
    comment: { state: true },
    scoreError: { state: true },
    commentError: { state: true },
    sending: { state: true },
    expanded: { state: true },
  };

  /** Survey id, sent with every answer and used to remember answers and dismissals. */
  survey = 'default';
  /** The order the survey is about, if any. */
  declare order?: string;
  /** The order's access token (e.g. from the signed link the survey came in): the proof an answer about it needs. */
  declare token?: string;
  /** The customer answering, if known; answers are remembered per customer. */
  declare customer?: string;
  /** `nps` (0–10, default) or `csat` (1–5). */
  scale: NpsScale = 'nps';
  /** Days the survey stays quiet after an answer. */
  throttleDays = 90;
  /** Days the survey stays quiet after being dismissed. */
  cooldownDays = 7;
  /** `inline` (default) or `corner`, a floating card. */
  placement: 'inline' | 'corner' = 'inline';
  /** The merchant's own texts for the question, follow-ups and thanks. */
  strings: SurveyStrings = {};

  private step: Step = 'question';
  private score?: number;
  private comment = '';
  private scoreError?: AdapterErrorCode;
  private commentError?: AdapterErrorCode;
  private sending = false;
  /** Corner card on a phone: a small launcher until the shopper opens it. */
  private expanded = false;

  private responseId?: string;
  private scoreKey?: string;
  private commentKey?: string;
  private scoreSubmission?: Promise<string | undefined>;

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft<SurveyDraft>(WIDGET, this.draftId);
    if (draft) {
      // Back from a reload in the middle of the follow-up.
      Object.assign(this, { score: draft.score, comment: draft.comment, step: 'follow_up' });
      this.responseId = draft.responseId;
      this.scoreKey = draft.scoreKey;
      this.commentKey = draft.commentKey;
      if (!this.responseId) this.scoreSubmission = this.submitScore();
    } else if (isResting(this.survey, this.customer, this.throttleDays, this.cooldownDays)) {
      this.step = 'resting';
    }
    // A corner card opens by itself where there is room; on a phone it waits behind a small launcher.
    this.expanded = this.placement !== 'corner' || matchMedia('(min-width: 40em)').matches;
    this.hidden = this.step === 'resting';
  }

  protected override get analyticsOrderId(): string | undefined {
    return this.order;
  }

  private get draftId(): string {
    return `${this.survey}:${this.order ?? ''}`;
  }

  private saveDraft(): void {
    if (this.score === undefined || !this.scoreKey) return;
    saveDraft(WIDGET, this.draftId, {
      score: this.score,
      comment: this.comment,
      scoreKey: this.scoreKey,
      ...(this.responseId ? { responseId: this.responseId } : {}),
      ...(this.commentKey ? { commentKey: this.commentKey } : {}),
    } satisfies SurveyDraft);
  }

  private base(): Omit<NpsSubmission, 'scale' | 'score'> {
    return {
      surveyId: this.survey,
      locale: getLocale(),
      ...(this.order ? { orderId: this.order, ...(this.token ? { token: this.token } : {}) } : {}),
      ...(this.customer ? { customerId: this.customer } : {}),
    };
  }

  private choose(score: number): void {
    if (this.step !== 'question') return;
    this.score = score;
    this.step = 'follow_up';
    this.scoreKey = newIdempotencyKey();
    this.saveDraft();
    this.track({ name: 'step_completed', step: 'score', value: score });
    this.track({ name: 'step_viewed', step: 'follow_up' });
    this.scoreSubmission = this.submitScore();
    this.focusAfterRender('.follow-up__question');
  }

  /** Sends the score, retrying on its own before asking the shopper; the score is never lost. */
  private async submitScore(): Promise<string | undefined> {
    const score = this.score!;
    const submission = { ...this.base(), scale: this.scale, score } as NpsSubmission;
    this.scoreError = undefined;
    // At most MAX_SCORE_POSTS requests in all, counting the adapter's own retries.
    for (let posted = 0, attempt = 0; ; attempt++) {
      try {
        const adapter = this.requireAdapter();
        const { responseId } = await adapter.submitNps!(submission, { idempotencyKey: this.scoreKey! });
        this.responseId = responseId;
        this.saveDraft();
        rememberAnswer(this.survey, this.customer);
        this.emit('ac-nps-answered', { surveyId: this.survey, scale: this.scale, score, responseId });
        this.track({ name: 'submitted', step: 'score', value: score });
        return responseId;
      } catch (error) {
        const failure = toAdapterError(error);
        posted += failure.attempts ?? 1;
        if (!isRetryable(failure) || posted >= MAX_SCORE_POSTS || attempt >= RETRY_DELAYS_MS.length) {
          this.scoreError = this.errorShown(error).code;
          return undefined;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  private retryScore(): void {
    this.scoreSubmission = this.submitScore();
  }

  private async sendComment(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const comment = this.comment.trim();
    if (!comment) return this.finish();
    if (this.sending) return;
    this.sending = true;
    this.commentError = undefined;
    this.commentKey ??= newIdempotencyKey();
    this.saveDraft();
    try {
      const responseId = this.responseId ?? (await (this.scoreSubmission ?? this.submitScore()));
      if (!responseId) throw new AdapterError(this.scoreError ?? 'unavailable', 'The score was not recorded');
      const submission = {
        ...this.base(),
        scale: this.scale,
        score: this.score!,
        responseId,
        comment,
      } as NpsSubmission;
      await this.requireAdapter().submitNps!(submission, { idempotencyKey: this.commentKey });
      this.emit('ac-nps-commented', { surveyId: this.survey, responseId });
      this.track({ name: 'submitted', step: 'follow_up' });
      this.finish();
    } catch (error) {
      this.commentError = this.errorShown(error).code;
    } finally {
      this.sending = false;
    }
  }

  private finish(): void {
    clearDraft(WIDGET, this.draftId);
    this.step = 'thanks';
    this.track({ name: 'step_viewed', step: 'thanks' });
    this.focusAfterRender('.thanks');
  }

  private close(): void {
    if (this.step === 'question') {
      rememberDismissal(this.survey, this.customer);
      this.emit('ac-nps-dismissed', { surveyId: this.survey });
      this.track({ name: 'dismissed', step: 'score' });
    } else if (this.step === 'follow_up' && this.responseId) {
      clearDraft(WIDGET, this.draftId); // The score is recorded; an unsent comment is let go on purpose.
    }
    this.step = 'closed';
    this.hidden = true;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.step !== 'closed') {
      event.stopPropagation();
      this.close();
    }
  }

  protected override render() {
    // A store without surveys: the survey is left out (it is only reachable from what is rendered here).
    if (this.step === 'resting' || this.step === 'closed' || !this.supports('submitNps')) return nothing;
    const corner = this.placement === 'corner';
    if (corner && !this.expanded) {
      return html`<button
        type="button"
        class="launcher button"
        part="launcher"
        aria-expanded="false"
        @click=${() => {
          this.expanded = true;
          this.focusAfterRender('[role="radio"][tabindex="0"]');
        }}
      >
        ${msg('Quick question')}
      </button>`;
    }
    return html`
      <section
        class="card"
        part="base"
        role=${corner ? 'dialog' : 'region'}
        aria-labelledby="survey-question"
        @keydown=${this.onKeydown}
      >
        <button type="button" class="close" part="close-button" aria-label=${msg('Close survey')} @click=${this.close}>
          ×
        </button>
        ${
          this.step === 'question'
            ? this.renderQuestion()
            : this.step === 'follow_up'
              ? this.renderFollowUp()
              : this.renderThanks()
        }
      </section>
    `;
  }

  private renderQuestion() {
    const text = question(this.scale, this.strings);
    return html`
      <p class="question" part="question" id="survey-question">${text}</p>
      <div part="scale">
        ${renderScale({
          options: scaleOptions(this.scale),
          value: this.score,
          label: text,
          className: `scale--${this.scale}`,
          onChoose: (score) => this.choose(score),
        })}
      </div>
      ${
        this.scale === 'nps'
          ? html`<div class="ends" aria-hidden="true">
              <span>${msg('Not at all likely')}</span><span>${msg('Extremely likely')}</span>
            </div>`
          : nothing
      }
    `;
  }

  private renderFollowUp() {
    const category = categoryOf(this.scale, this.score!);
    const text = followUp(this.scale, category, this.strings);
    return html`
      <form class="follow-up" part="follow-up" novalidate @submit=${this.sendComment}>
        <p class="visually-hidden" id="survey-question">${question(this.scale, this.strings)}</p>
        ${
          this.scoreError
            ? html`<div class="field__error" role="alert">
                <p>
                  ${msg(str`${errorText(this.scoreError).title}. Your answer is kept.`, { desc: 'An error title, then reassurance' })}
                </p>
                <button type="button" class="button button--secondary" @click=${this.retryScore}>
                  ${msg('Try again')}
                </button>
              </div>`
            : nothing
        }
        <label class="follow-up__question" for="survey-comment" tabindex="-1">${text}</label>
        <textarea
          id="survey-comment"
          rows="3"
          maxlength="1000"
          .value=${this.comment}
          @input=${(e: Event) => {
            this.comment = (e.target as HTMLTextAreaElement).value;
            this.saveDraft();
          }}
        ></textarea>
        ${
          this.commentError
            ? html`<p class="field__error" role="alert">${errorSummary(this.commentError)}</p>`
            : nothing
        }
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>
            ${this.sending ? msg('Sending…') : msg('Send')}
          </button>
          <button class="button button--secondary" type="button" @click=${this.finish}>${msg('Skip')}</button>
        </div>
      </form>
    `;
  }

  private renderThanks() {
    return html`<p class="thanks" part="thanks" id="survey-question" tabindex="-1" role="status">
      ${this.strings.thanks ?? msg('Thank you for your feedback!')}
    </p>`;
  }
}
