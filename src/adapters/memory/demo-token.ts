import { normalizeOrderNumber } from '../../core/order-number.js';

/** FNV-1a over the text, from a given offset basis: a stable 32-bit number. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16_777_619) >>> 0;
  return hash;
}

/**
 * The demo's access token for one order: what the signed link in a demo
 * shipping message carries. Deterministic, so a demo link still opens the
 * order after a reload; it is a demo token, not a secret (a real backend
 * signs and expires its tokens, see docs/adapters.md).
 */
export function demoAccessToken(orderId: string): string {
  const seed = `aftercare-demo-access:${normalizeOrderNumber(orderId)}`;
  const part = (basis: number) => fnv1a(seed, basis).toString(36).padStart(7, '0');
  return `demo.${part(2_166_136_261)}${part(3_735_928_559)}${part(1_540_483_477)}`;
}
