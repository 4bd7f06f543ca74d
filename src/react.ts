/**
 * React wrappers (`aftercare/react`): the elements as React components, with
 * properties passed as properties and the events as `on…` callbacks.
 * Importing this module registers the elements, like the package entry.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { AcLoyaltyBadge } from './components/loyalty-badge/define.js';
import { AcNpsSurvey } from './components/nps-survey/define.js';
import { AcOrderJourney } from './components/order-journey/define.js';
import { AcOrderTracker } from './components/order-tracker/define.js';
import { AcRecommendations } from './components/recommendations/define.js';
import { AcReturnWizard } from './components/return-wizard/define.js';
import { AcReviewPrompt } from './components/review-prompt/define.js';
import type { AftercareEvent, AftercareEventName } from './core/events.js';
import { AcProvider } from './components/provider/define.js';

const event = <K extends AftercareEventName>(name: K) => name as EventName<AftercareEvent<K>>;
const errors = { onErrorShown: event('ac-error-shown') };

export const Provider = createComponent({ tagName: 'ac-provider', elementClass: AcProvider, react: React });

export const OrderTracker = createComponent({
  tagName: 'ac-order-tracker',
  elementClass: AcOrderTracker,
  react: React,
  events: {
    onOrderLoaded: event('ac-order-loaded'),
    onUpdatesSubscribed: event('ac-updates-subscribed'),
    onReturnRequested: event('ac-return-requested'),
    onReviewRequested: event('ac-review-requested'),
    ...errors,
  },
});

export const ReturnWizard = createComponent({
  tagName: 'ac-return-wizard',
  elementClass: AcReturnWizard,
  react: React,
  events: { onReturnCreated: event('ac-return-created'), ...errors },
});

export const ReviewPrompt = createComponent({
  tagName: 'ac-review-prompt',
  elementClass: AcReviewPrompt,
  react: React,
  events: { onReviewSubmitted: event('ac-review-submitted'), ...errors },
});

export const NpsSurvey = createComponent({
  tagName: 'ac-nps-survey',
  elementClass: AcNpsSurvey,
  react: React,
  events: {
    onNpsAnswered: event('ac-nps-answered'),
    onNpsCommented: event('ac-nps-commented'),
    onNpsDismissed: event('ac-nps-dismissed'),
    ...errors,
  },
});

export const LoyaltyBadge = createComponent({
  tagName: 'ac-loyalty-badge',
  elementClass: AcLoyaltyBadge,
  react: React,
  events: errors,
});

export const OrderJourney = createComponent({
  tagName: 'ac-order-journey',
  elementClass: AcOrderJourney,
  react: React,
  events: { onOrderLoaded: event('ac-order-loaded'), ...errors },
});

export const Recommendations = createComponent({
  tagName: 'ac-recommendations',
  elementClass: AcRecommendations,
  react: React,
  events: { onRecommendationClicked: event('ac-recommendation-clicked') },
});

export * from './api.js';
