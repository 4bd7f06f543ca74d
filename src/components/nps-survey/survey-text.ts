import { msg } from '@lit/localize';
import { html } from 'lit';
import type { NpsScale } from '../../core/schemas/index.js';
import type { ScaleOption } from '../shared/scale.js';

/** Texts a merchant may set instead of the translated defaults. */
export interface SurveyStrings {
  question?: string;
  followUpLow?: string;
  followUpMiddle?: string;
  followUpHigh?: string;
  thanks?: string;
}

export type Category = 'low' | 'middle' | 'high';

/** NPS: detractor 0–6, passive 7–8, promoter 9–10. CSAT: 1–2, 3, 4–5. */
export function categoryOf(scale: NpsScale, score: number): Category {
  if (scale === 'nps') return score <= 6 ? 'low' : score <= 8 ? 'middle' : 'high';
  return score <= 2 ? 'low' : score === 3 ? 'middle' : 'high';
}

export function question(scale: NpsScale, strings: SurveyStrings): string {
  return (
    strings.question ??
    (scale === 'nps'
      ? msg('How likely are you to recommend us to a friend or colleague?')
      : msg('How satisfied are you with your order?'))
  );
}

export function followUp(scale: NpsScale, category: Category, strings: SurveyStrings): string {
  if (category === 'low') return strings.followUpLow ?? msg('We are sorry to hear that. What went wrong?');
  if (category === 'middle') {
    return (
      strings.followUpMiddle ??
      (scale === 'nps' ? msg('Thank you! What would make it a 10?') : msg('Thank you! What could we do better?'))
    );
  }
  return strings.followUpHigh ?? msg('Wonderful! What did you like most?');
}

const MOUTHS = ['M8 17q4-4 8 0', 'M8 16.5q4-2 8 0', 'M8 16h8', 'M8 15.5q4 2 8 0', 'M8 15q4 4 8 0'];

function face(index: number) {
  return html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10" />
    <circle class="face__eye" cx="9" cy="10" r="1.2" />
    <circle class="face__eye" cx="15" cy="10" r="1.2" />
    <path d=${MOUTHS[index]!} />
  </svg>`;
}

export function scaleOptions(scale: NpsScale): ScaleOption[] {
  if (scale === 'nps') {
    return Array.from({ length: 11 }, (_, score) => ({ value: score, label: String(score), content: String(score) }));
  }
  const words = [
    msg('Very dissatisfied'),
    msg('Dissatisfied'),
    msg('Neutral'),
    msg('Satisfied'),
    msg('Very satisfied'),
  ];
  return words.map((word, index) => ({
    value: index + 1,
    label: word,
    content: html`${face(index)}<span class="face__label">${word}</span>`,
  }));
}
