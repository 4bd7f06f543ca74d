/**
 * Checks a value against the JSON Schema compiled from the zod contract and
 * returns a clean copy: declared properties only, as zod's parse would give.
 * It understands exactly the keywords scripts/generate-schemas.mjs allows,
 * which keeps it a few hundred bytes instead of a whole validation library.
 *
 * Given a `dropped` list it is lenient, as DESIGN §5.2 asks of responses: a
 * list entry or optional field that fails is left out and its path recorded,
 * so one bad check-point does not cost the shopper the whole order. Only a
 * required field that fails fails the value.
 */
export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
}

export type Validation = { ok: true; value: unknown } | { ok: false; path: string; message: string };

/** What a lenient check left out: where, and why. */
export interface Dropped {
  path: string;
  message: string;
}

const DROP = Symbol();

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // Safe integers only, as zod's int(): the generator drops those bounds from the schemas.
  if (Number.isSafeInteger(value)) return 'integer';
  return typeof value;
}

/** The checked value, or DROP (recorded in `dropped`) when leniency allows leaving it out. */
function optional(schema: JsonSchema, value: unknown, path: string, dropped?: Dropped[]): unknown {
  if (!dropped) return check(schema, value, path);
  const mark = dropped.length;
  try {
    return check(schema, value, path, dropped);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    // What was dropped inside goes with it: only the outermost loss is news.
    dropped.length = mark;
    dropped.push({ path, message: `${error.path} ${error.message}` });
    return DROP;
  }
}

function check(schema: JsonSchema, value: unknown, path: string, dropped?: Dropped[]): unknown {
  const at = (key: string | number) => (path ? `${path}.${key}` : `${key}`);
  const fail = (expected: unknown): never => {
    throw new Invalid(path || '(root)', `expected ${expected}`);
  };
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    for (const alternative of alternatives) {
      try {
        // Strict: leniency could make the wrong alternative fit.
        return check(alternative, value, path);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
      }
    }
    fail('one of the allowed shapes');
  }
  if (schema.const !== undefined && value !== schema.const) fail(JSON.stringify(schema.const));
  if (schema.enum && !schema.enum.includes(value)) fail(schema.enum);
  const actual = typeOf(value);
  if (schema.type && actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) {
    fail(schema.type);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`length ≥ ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`length ≤ ${schema.maxLength}`);
    if (schema.pattern && !regex(schema.pattern).test(value)) fail(schema.pattern);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('a finite number');
    if (schema.minimum !== undefined && value < schema.minimum) fail(`≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`≤ ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    // An index loop, not map(): a sparse array's holes must fail like undefined does.
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const item = schema.items ? optional(schema.items, value[index], at(index), dropped) : value[index];
      if (item !== DROP) copy.push(item);
    }
    if (schema.minItems !== undefined && copy.length < schema.minItems) fail(`≥ ${schema.minItems} items`);
    return copy;
  }
  if (schema.properties && value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema.properties)) {
      const childPath = at(key);
      const required = schema.required?.includes(key);
      if (!Object.hasOwn(source, key) || source[key] === undefined) {
        if (required) throw new Invalid(childPath, 'is required');
        continue;
      }
      const child = required
        ? check(property, source[key], childPath, dropped)
        : optional(property, source[key], childPath, dropped);
      if (child !== DROP) copy[key] = child;
    }
    return copy;
  }
  return value;
}

/** Strict without `dropped`; lenient with it (see above). */
export function validate(schema: JsonSchema, value: unknown, dropped?: Dropped[]): Validation {
  try {
    return { ok: true, value: check(schema, value, '', dropped) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}
