/**
 * Whether a value passes a valibot schema exactly as it is: valid, and with nothing the schema
 * would change (no unknown keys, keys in the schema's order, no defaults to fill in). Such a value
 * is what v.parse would return, so it needs no copy; a value that does not conform is left to
 * valibot, which finds the issue and words it. The check is built once per schema and allocates
 * nothing while it runs: an event file holds a million values.
 */

export type Conforms = (value: unknown) => boolean;

/** The parts of a valibot schema or action the check reads. */
interface Node {
  kind?: string;
  type?: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
  fallback?: unknown;
  requirement?: unknown;
}

interface Entry {
  key: string;
  check: Conforms;
  optional: boolean;
}

/** Schemas of plain values: their output is their input. */
const PRIMITIVES = new Set(['string', 'number', 'boolean', 'literal', 'picklist']);

/** The check for a schema, or null where it uses anything this check does not know. */
export function conformance(schema: unknown): Conforms | null {
  const node = schema as Node;
  if (node.fallback !== undefined) return null;
  if (node.pipe) return piped(node.pipe);
  switch (node.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && !Number.isNaN(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const literal = node.literal;
      return (v) => v === literal || (v !== v && literal !== literal);
    }
    case 'picklist': {
      const options = node.options;
      return options ? (v) => options.includes(v) : null;
    }
    case 'optional': {
      if (node.default !== undefined || !node.wrapped) return null;
      const wrapped = conformance(node.wrapped);
      return wrapped && ((v) => v === undefined || wrapped(v));
    }
    case 'union': {
      // Valibot takes the first option that accepts the value; with values only, accepting is conforming.
      const given = (node.options ?? []) as Node[];
      if (!given.every((o) => PRIMITIVES.has(o.type ?? ''))) return null;
      const options = given.map(conformance);
      if (options.length === 0 || options.some((o) => o === null)) return null;
      const checks = options as Conforms[];
      return (v) => {
        for (let i = 0; i < checks.length; i++) if ((checks[i] as Conforms)(v)) return true;
        return false;
      };
    }
    case 'array': {
      const item = node.item && conformance(node.item);
      return item ? arrayOf(item) : null;
    }
    case 'object':
      return node.entries ? objectOf(node.entries) : null;
    default:
      return null;
  }
}

function arrayOf(item: Conforms): Conforms {
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };
}

function objectOf(shape: Record<string, Node>): Conforms | null {
  const entries: Entry[] = [];
  for (const key in shape) {
    const schema = shape[key] as Node;
    const check = conformance(schema);
    if (!check) return null;
    entries.push({ key, check, optional: schema.type === 'optional' });
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    // The object's keys must be the schema's, in its order: each key moves past the entries the
    // object leaves out, which must be optional and not there at all (not even inherited).
    let next = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) return false;
      let entry = entries[next];
      while (entry && entry.key !== key) {
        if (!entry.optional || entry.key in record) return false;
        entry = entries[++next];
      }
      if (!entry || !entry.check(record[key])) return false;
      next++;
    }
    for (; next < entries.length; next++) {
      const entry = entries[next] as Entry;
      if (!entry.optional || entry.key in record) return false;
    }
    return true;
  };
}

function piped(pipe: readonly Node[]): Conforms | null {
  const checks: Conforms[] = [];
  for (const [i, item] of pipe.entries()) {
    if (item.kind === 'metadata') continue;
    const check = i === 0 || item.kind === 'schema' ? conformance(item) : action(item);
    if (!check) return null;
    checks.push(check);
  }
  if (checks.length === 0) return null;
  return (v) => {
    // Indexed: for…of allocates an iterator for every value checked until V8 optimises this.
    for (let i = 0; i < checks.length; i++) if (!(checks[i] as Conforms)(v)) return false;
    return true;
  };
}

/** A validation step of a pipe; its input has already passed the schema before it. */
function action(node: Node): Conforms | null {
  if (node.kind !== 'validation') return null;
  const requirement = node.requirement;
  switch (node.type) {
    case 'min_length':
      return typeof requirement === 'number' ? (v) => (v as { length: number }).length >= requirement : null;
    case 'min_value':
      return typeof requirement === 'number' ? (v) => (v as number) >= requirement : null;
    case 'max_value':
      return typeof requirement === 'number' ? (v) => (v as number) <= requirement : null;
    case 'integer':
      return (v) => Number.isInteger(v);
    case 'regex':
      // A global or sticky expression keeps state between tests: valibot's own test must see it fresh.
      return requirement instanceof RegExp && !requirement.global && !requirement.sticky
        ? (v) => requirement.test(v as string)
        : null;
    default:
      return null;
  }
}
