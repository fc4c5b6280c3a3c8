/**
 * "The cockpit voice recorder, found on the day of the crash", "op de dag van de aanslag", "am Tag
 * des Absturzes": the happening took place on the day of the one it names, which the article dated.
 */
import type { When } from '../types.ts';
import type { Match } from './match.ts';

/** The words before the named happening, and the noun with an adjective or two before it ("the deadly crash"). */
const DAY_OF =
  /(?<!\p{L})(?:on\s+the\s+(?:same\s+)?day\s+of\s+the|op\s+de\s+(?:dag|datum)\s+van\s+(?:de|het)|am\s+(?:selben\s+)?Tag\s+(?:des|der|dem))\s+(\p{L}+(?:\s+\p{L}+){0,2})/iu;

/**
 * The happening the sentence names as the day of `own`'s: the kinds of the matches on the words
 * after "the day of the", and those words; undefined where it names no such day.
 */
export function dayOfNamed(
  text: string,
  own: string,
  matches: readonly { item: { kind: string }; match: Match }[],
): { kinds: string[]; nouns: string[] } | undefined {
  const m = DAY_OF.exec(text);
  if (!m) return undefined;
  const words = m[1] ?? '';
  const from = m.index + m[0].length - words.length;
  const to = m.index + m[0].length;
  const kinds = matches
    .filter(({ item, match }) => item.kind !== own && match.start >= from && match.start < to)
    .map(({ item }) => item.kind);
  return { kinds, nouns: words.split(/\s+/) };
}

/**
 * The day of the happening named: the time the article gave a kind of the matches on its noun,
 * else the earliest it gave one of the happenings its `story` told whose trigger words the noun
 * shares a stem with ("the crash" after "crashed").
 */
export function dayOfWhen(
  named: readonly string[],
  story: readonly string[],
  recall: (kind: string) => When | undefined,
): When | undefined {
  for (const kind of named) {
    const when = recall(kind);
    if (when) return when;
  }
  let earliest: When | undefined;
  for (const kind of story) {
    const when = recall(kind);
    if (when && (!earliest || when.start < earliest.start)) earliest = when;
  }
  return earliest;
}
