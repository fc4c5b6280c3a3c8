/**
 * "Bethel Park, Pennsylvania", "Paiporta, Spain": a name followed by a comma and a known region
 * or country, then by the end of that phrase, is a town of that region, as datelines and
 * addresses write it, not a person.
 */
import type { Found } from './found.ts';
import type { EntityModel } from './model.ts';
import type { Token } from './text.ts';

const CLOSES = /^\s*(?:[,.;:)]|$)/;

export function regionAfter(
  model: EntityModel,
  found: readonly Found[],
  tokens: Token[],
  text: string,
  end: number,
): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  if (!last || !next || !/^,\s+$/.test(text.slice(last.end, next.start))) return false;
  const region = found.find((f) => f.first === end && f.kind === 'place' && f.id !== undefined);
  const kind = region?.id === undefined ? undefined : model.places.get(region.id)?.kind;
  if (!region || (kind !== 'region' && kind !== 'country')) return false;
  const after = tokens[region.end - 1] as Token;
  return CLOSES.test(text.slice(after.end, after.end + 3));
}
