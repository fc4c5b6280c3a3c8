/**
 * The far end of a route: "from Athens to Thessaloniki", "between Athens and Corinth", "tussen
 * Athene en Thessaloniki", "zwischen Athen und Thessaloniki". With a place at the near end, the
 * name after "to"/"and" is a place too, not a person, though no preposition of place stands
 * before it. So is a destination: "a train bound for Thessaloniki". Dutch "naar" and German
 * "nach" are cues of their own.
 */
import type { GazetteerEntry } from '../types.ts';
import type { EntityModel } from './model.ts';
import type { Token } from './text.ts';

/** The word opening a route and the one before its far end, per language. */
const ROUTES: Record<string, readonly (readonly [string, string])[]> = {
  en: [
    ['from', 'to'],
    ['between', 'and'],
  ],
  nl: [['tussen', 'en']],
  de: [['zwischen', 'und']],
};

/** The longest near end looked back over, in words ("from Nové Město nad Metují"). */
const MAX_NEAR_WORDS = 4;

/** Only spaces between two tokens: a comma breaks the route. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** The listed place at the near end of a route whose far end is the name at token `i`. */
export function routeStart(
  model: EntityModel,
  tokens: Token[],
  text: string,
  i: number,
  language: string,
): GazetteerEntry | undefined {
  const link = tokens[i - 1];
  const name = tokens[i];
  if (!link || !name || !adjacent(text, link, name)) return undefined;
  const route = ROUTES[language]?.find(([, before]) => before === link.norm);
  if (!route) return undefined;
  const nearEnd = i - 1;
  for (let k = nearEnd - 1; k >= Math.max(1, nearEnd - MAX_NEAR_WORDS); k--) {
    const opener = tokens[k - 1] as Token;
    if (opener.norm !== route[0] || !adjacent(text, opener, tokens[k] as Token)) continue;
    const hit = model.names
      .matchAt(tokens, text, k)
      .find((h) => h.end === nearEnd && h.name.target.type === 'place');
    return hit && model.places.get(hit.name.target.id);
  }
  return undefined;
}

/** English words before "for" that make what follows a journey's destination: "bound for", "headed for". */
const DESTINED = new Set(['bound', 'headed', 'heading', 'destined']);

/** The name at token `i` is where a journey goes: "bound for Thessaloniki". */
export function isDestination(tokens: Token[], text: string, i: number, language: string): boolean {
  const link = tokens[i - 1];
  const verb = tokens[i - 2];
  return (
    language === 'en' &&
    link?.norm === 'for' &&
    verb !== undefined &&
    DESTINED.has(verb.norm) &&
    adjacent(text, verb, link) &&
    adjacent(text, link, tokens[i] as Token)
  );
}
