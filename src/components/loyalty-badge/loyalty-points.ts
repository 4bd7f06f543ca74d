import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../../core/format/numbers.js';

/** "1 point", "1,880 points" */
export const points = (count: number) =>
  plural(count, {
    one: () => msg(str`${formatNumber(count)} point`),
    other: () => msg(str`${formatNumber(count)} points`),
  });
