// Hostile backend data generated from the contract's own JSON Schema
// (src/generated/contract/*, made from src/core/schemas by `npm run schemas`):
// every free-text and URL field of every answer, present or optional, gets a
// value from the test, so a field added to the contract is fuzzed without
// anyone listing it.
import type { AftercareAdapter } from '../../src/core/adapter.js';
import * as contract from '../../src/generated/contract-schemas.js';

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  items?: Schema;
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
}
const KEYWORDS = new Set(['type', 'properties', 'required', 'items', 'enum', 'pattern', 'minLength', 'maxLength']);
KEYWORDS.add('minItems').add('minimum').add('maximum');

export type Method = keyof typeof contract;
export const METHODS = Object.keys(contract) as Method[];
export const outputOf = (method: Method) => (contract[method] as unknown as { output: Schema }).output;

/** A link or image field: its name says so (`trackingUrl`, `photoUrls`). */
export const isUrlField = (key: string) => /urls?$/i.test(key);

/** Valid values for the few patterned strings: dates, amounts, currencies. A new pattern fails here until taught. */
function patterned(pattern: string, path: string): string {
  if (pattern.startsWith('^\\d{4}-')) return '2026-05-06T10:00:00+07:00';
  if (pattern === '^[A-Z]{3}$') return 'THB';
  if (pattern.startsWith('^-?\\d')) return '10.00';
  throw new Error(`${path}: no sample for the pattern ${pattern}; teach test/support/contract-fuzz.ts`);
}

function check(schema: Schema, path: string) {
  for (const keyword of Object.keys(schema))
    if (!KEYWORDS.has(keyword)) throw new Error(`${path}: schema keyword "${keyword}" unknown to the fuzzer`);
}

/** Whether any free-text or URL string sits under the schema. */
function hasText(schema: Schema): boolean {
  if (schema.enum) return false;
  if (schema.type === 'string') return !schema.pattern;
  if (schema.type === 'array') return hasText(schema.items!);
  if (schema.type === 'object') return Object.values(schema.properties ?? {}).some(hasText);
  return false;
}

/** Every free-text and URL path of a schema, e.g. "getOrder.shipments[].pickupPoint.phone". */
export function textPaths(schema: Schema, path: string): string[] {
  check(schema, path);
  if (schema.enum) return [];
  if (schema.type === 'string') return schema.pattern ? [] : [path];
  if (schema.type === 'array') return textPaths(schema.items!, `${path}[]`);
  if (schema.type === 'object')
    return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => textPaths(child, `${path}.${key}`));
  return [];
}

/**
 * One consistent substitution: the same original string always becomes the
 * same value (so ids still match across answers, and the widget's own requests
 * are mapped back), free text from `text(n)`, URLs from `url(n)`.
 */
export class Substitution {
  private readonly forward = new Map<string, string>();
  private readonly back = new Map<string, string>();
  private count = 0;
  readonly covered = new Set<string>();

  constructor(
    private readonly text: (n: number) => string,
    private readonly url: (n: number) => string,
  ) {}

  value(original: string | undefined, path: string, url: boolean, maxLength?: number): string {
    const key = `${url ? 'url' : 'text'} ${original ?? `(absent) ${path}`}`;
    let value = this.forward.get(key);
    if (value === undefined) {
      value = url ? this.url(this.count) : this.text(this.count);
      this.count++;
      if (maxLength !== undefined) value = [...value].slice(0, maxLength).join('');
      this.forward.set(key, value);
      if (original !== undefined) this.back.set(value, original);
    }
    this.covered.add(path);
    return value;
  }

  /** The value the test gave for an original string (e.g. an order id used as a draft's key). */
  of(original: string): string {
    return this.value(original, '(looked up)', false);
  }

  /** What the widget sends back, with our values turned into the originals again. */
  unmap(input: unknown): unknown {
    if (typeof input === 'string') return this.back.get(input) ?? input;
    if (Array.isArray(input)) return input.map((entry) => this.unmap(entry));
    if (input && typeof input === 'object')
      return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, this.unmap(value)]));
    return input;
  }

  /** An answer shaped by the schema: every text field, present or optional, holds our value. */
  fill(schema: Schema, value: unknown, path: string, key = ''): unknown {
    check(schema, path);
    if (schema.enum) return value ?? schema.enum[0];
    switch (schema.type) {
      case 'string':
        return schema.pattern
          ? (value ?? patterned(schema.pattern, path))
          : this.value(value as string | undefined, path, isUrlField(key), schema.maxLength);
      case 'integer':
      case 'number':
        return value ?? Math.max(schema.minimum ?? 0, 1);
      case 'boolean':
        return value ?? false;
      case 'array': {
        const list = Array.isArray(value) && value.length ? value : hasText(schema.items!) ? [undefined] : [];
        return list.map((entry: unknown) => this.fill(schema.items!, entry, `${path}[]`, key));
      }
      case 'object': {
        const record = (value ?? {}) as Record<string, unknown>;
        const filled: Record<string, unknown> = { ...record };
        for (const [name, child] of Object.entries(schema.properties ?? {})) {
          const present = record[name] !== undefined;
          if (!present && !hasText(child) && !schema.required?.includes(name)) continue;
          filled[name] = this.fill(child, record[name], `${path}.${name}`, name);
        }
        return filled;
      }
      default:
        throw new Error(`${path}: schema type ${schema.type} unknown to the fuzzer`);
    }
  }

  /** The demo shop behind `inner`, answering every contract read with our values. */
  adapter(inner: AftercareAdapter): AftercareAdapter {
    const adapter = Object.create(inner) as AftercareAdapter;
    for (const method of METHODS) {
      const original = inner[method as keyof AftercareAdapter] as
        ((input: unknown, options?: unknown) => Promise<unknown>) | undefined;
      if (typeof original !== 'function') continue;
      Object.assign(adapter, {
        [method]: async (input: unknown, options?: unknown) =>
          this.fill(outputOf(method), await original.call(inner, this.unmap(input), options), method),
      });
    }
    return adapter;
  }
}
