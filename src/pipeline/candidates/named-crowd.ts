/**
 * "…dat topman Stockton Rush, de Britse zakenman Hamish Harding, de Franse duikexpert Paul-Henri
 * Nargeolet en de Pakistaanse zakenman Shahzada Dawood en zijn 19-jarige zoon Suleman zijn
 * omgekomen": a list of named people befallen together is a crowd, counted by its names, not the
 * one of them nearest the verb.
 */
import type { Mention } from '../types.ts';
import type { PlacedFigure } from './figures.ts';
import { measure } from './measure.ts';

/** Fewer names are told as who they are ("Navalny and Kara-Murza"); a list this long is a count. */
export const MIN_CROWD = 3;

/**
 * Between two names of a list: a comma or "and", then at most four words describing the next
 * ("de Britse zakenman", "his son", "French diver").
 */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|en|und)\s+)?|\s+(?:and|en|und|&)\s+)(?:[\p{L}\d'’-]+\s+){0,4}$/u;
/** Words that open a clause between two names, which then belong to no one list. */
const CLAUSE_WORD =
  /(?<![\p{L}])(?:who|whom|which|that|said|says|die|dat|wie|zei|zegt|der|welche|welcher|sagte|sagt)(?![\p{L}])/iu;

function listed(text: string, a: Mention, b: Mention): boolean {
  const gap = text.slice(a.end, b.start);
  return LIST_GAP.test(gap) && !CLAUSE_WORD.test(gap);
}

/** The people listed with the one befallen, in order, when there are at least MIN_CROWD of them. */
export function namedCrowd(
  text: string,
  mentions: readonly Mention[],
  patient: Mention,
  isPerson: (m: Mention) => boolean,
): Mention[] | undefined {
  // Only the people are in the list: "British businessman", "de Franse duikexpert" describe one. A
  // name nobody listed is one of them, though it looks like an adjective alone ("zijn zoon Suleman").
  const people = mentions
    .filter((m) => m === patient || isPerson(m) || m.kind === 'unknown')
    .sort((a, b) => a.start - b.start);
  const at = people.indexOf(patient);
  if (at < 0) return undefined;
  let first = at;
  let last = at;
  while (first > 0 && listed(text, people[first - 1] as Mention, people[first] as Mention)) first--;
  while (last + 1 < people.length && listed(text, people[last] as Mention, people[last + 1] as Mention))
    last++;
  return last - first + 1 >= MIN_CROWD ? people.slice(first, last + 1) : undefined;
}

/** The count a list of names makes for a happening of `kind`: "5 people killed". */
export function crowdFigure(text: string, kind: string, crowd: readonly Mention[]): PlacedFigure {
  const start = (crowd[0] as Mention).start;
  const end = (crowd[crowd.length - 1] as Mention).end;
  return {
    figure: {
      value: crowd.length,
      counts: measure(kind, 'people'),
      text: text.slice(start, end),
      qualifier: 'exact',
    },
    noun: 'people',
    vague: false,
    start,
    end,
  };
}
