/**
 * Backend data may carry any string in a URL field. Only these become links
 * or images; everything else is dropped (javascript:, data:text/html, …).
 */
const LINK_PROTOCOLS = new Set(['http:', 'https:']);
const IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url.trim(), base);
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL from a backend, or undefined. */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = parse(url);
  return parsed && LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

/** An http(s) or inline raster/SVG image URL (safe inside <img>, where SVG cannot run script). */
export function safeImageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return IMAGE_DATA.test(url.trim()) ? url.trim() : safeLinkUrl(url);
}

/**
 * A merchant's URL template ("/returns?order={order}") filled with encoded
 * values; relative URLs resolve against the page. Undefined unless http(s).
 */
export function fillUrlTemplate(template: string | undefined, values: Record<string, string>): string | undefined {
  if (!template) return undefined;
  const filled = template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(values[key]!) : whole,
  );
  const parsed = parse(filled, globalThis.location?.href);
  return parsed && LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
