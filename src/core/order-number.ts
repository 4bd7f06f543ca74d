/** Order numbers as shoppers copy them from an email: "#BK-1001", "bk 1001" → "BK-1001". */
export function normalizeOrderNumber(value: string): string {
  return value.trim().replace(/^#/, '').replace(/\s+/g, '-').toUpperCase();
}
