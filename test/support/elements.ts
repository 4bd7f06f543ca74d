import type { ElementTag } from '../../src/generated/elements.js';
import '../../src/index.js';

/** How a hardening suite puts a widget on the page with the demo data, and what shows it is drawn. */
export interface WidgetScenario {
  attributes: Record<string, string>;
  /** A selector in the widget's shadow root once its main view is drawn. */
  ready: string;
}

/**
 * One demo scenario per widget, keyed by the registry's tags: a new element
 * in src/elements.json fails to compile here until it has one, so every
 * suite that iterates over WIDGETS covers it.
 */
export const WIDGETS: Record<Exclude<ElementTag, 'ac-provider'>, WidgetScenario> = {
  'ac-order-tracker': { attributes: { order: 'JK-2001', email: 'dewi@example.com' }, ready: '[part="shipment"]' },
  'ac-return-wizard': { attributes: { order: 'BK-1004', email: 'somchai@example.com' }, ready: '[part="return-item"]' },
  'ac-review-prompt': { attributes: { order: 'BK-1004', email: 'somchai@example.com' }, ready: '[part="item"]' },
  'ac-nps-survey': { attributes: { survey: 'post-delivery', customer: 'cust-gold' }, ready: '[part="scale"]' },
  'ac-loyalty-badge': { attributes: { customer: 'cust-gold', variant: 'full' }, ready: '[part="card"]' },
  'ac-order-journey': { attributes: { order: 'BK-1004', email: 'somchai@example.com' }, ready: '[part="section"]' },
  'ac-recommendations': { attributes: { order: 'BK-1001' }, ready: '[part="product"]' },
};

export const WIDGET_TAGS = Object.keys(WIDGETS) as (keyof typeof WIDGETS)[];

/** A widget's scenario, with some attributes changed for one suite. */
export function scenario(
  tag: keyof typeof WIDGETS,
  attributes: Record<string, string> = {},
): [string, Record<string, string>] {
  return [tag, { ...WIDGETS[tag].attributes, ...attributes }];
}
