/**
 * One person nobody listed, spelled two ways by two reports: "Daniela Cavallo" in the wire report,
 * "Daniela Cavalli" in a machine translation. Names of the same given names whose family names
 * differ by one letter near their end are one person, under the spelling of the earliest report;
 * so are those one report alone writes with the family name's ending garbled ("Femke Halsey" for
 * "Femke Halsema"). The mentions keep the text as written. So are a name and its namesake after the same title
 * (titled-namesakes.ts), and a family name written alone and the full name a sister report gives
 * it (lone-surnames.ts).
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import type { ChronologyDocument } from '../../schema/events.ts';
import type { AnnotatedSentence } from '../types.ts';
import { titledNamesakes } from './titled-namesakes.ts';
import { loneSurnames } from './lone-surnames.ts';
import { acronymNames } from './acronym-names.ts';
import { namedWithNoun } from './named-with-noun.ts';
import { writtenIn } from './story-names.ts';
import type { SameStory } from '../story-links.ts';
import { renamedActors } from './renamed-actors.ts';

/** Shorter family names differ in one letter too often to be taken for one another ("Re", "Ray"). */
const MIN_FAMILY = 5;
/** The letters a family name keeps in both spellings: a variant differs near its end. */
const KEPT = 3;

/** Whether `a` and `b` differ by one letter changed, added or dropped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The words of an unknown name's id: "name:daniela-cavallo" → ["daniela", "cavallo"]. */
function wordsOf(id: string): string[] {
  return id.slice(UNKNOWN_PREFIX.length).split('-');
}

/** The bucket two spellings of one name share: its given names and its family name's first letters. */
function bucketOf(words: readonly string[]): string | undefined {
  const family = words.at(-1);
  if (words.length < 2 || !family || family.length < MIN_FAMILY - 1) return undefined;
  return `${words.slice(0, -1).join('-')}|${family.slice(0, KEPT)}`;
}

/** Letters a garbled family name keeps from the true one ("Halsema" written "Halsey"). */
const GARBLE_KEPT = 4;
/** Letters a garble may change after those it keeps. */
const GARBLE_TAIL = 3;

/** Whether `b` keeps `a`'s first letters and changes no more than a few after them. */
function garbledEnding(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_FAMILY) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= GARBLE_KEPT && a.length - i <= GARBLE_TAIL && b.length - i <= GARBLE_TAIL;
}

/**
 * Whether `b` spells `a`'s name another way: one letter apart, or, where `b` is written in one
 * report alone and never where `a` is, with its ending garbled (a machine translation's "Mayor
 * Femke Halsey" for "burgemeester Femke Halsema").
 */
function variant(a: string, b: string, documents: Map<string, Set<string>>): boolean {
  const x = wordsOf(a).at(-1) as string;
  const y = wordsOf(b).at(-1) as string;
  if (Math.max(x.length, y.length) >= MIN_FAMILY && oneEditApart(x, y)) return true;
  const once = documents.get(b);
  const kept = documents.get(a);
  return (
    once !== undefined &&
    once.size === 1 &&
    kept !== undefined &&
    ![...once].some((d) => kept.has(d)) &&
    garbledEnding(x, y)
  );
}

/**
 * Each unknown name's id to the id it is a variant of, for names the candidates mention. `rank`
 * orders the reports: the earliest report's spelling is kept.
 */
export function nameVariants(
  candidates: readonly EventCandidate[],
  rank: (document: string) => number,
  sameStory?: SameStory,
): Map<string, string> {
  const first = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  for (const c of candidates) {
    const r = rank(c.document);
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX)) continue;
      const seen = first.get(m.id);
      if (seen === undefined || r < seen) first.set(m.id, r);
      writtenIn(documents, m.id, c.document);
    }
  }
  const buckets = new Map<string, string[]>();
  for (const id of first.keys()) {
    const key = bucketOf(wordsOf(id));
    if (key === undefined) continue;
    const list = buckets.get(key);
    if (list) list.push(id);
    else buckets.set(key, [id]);
  }
  const to = new Map<string, string>();
  for (const ids of buckets.values()) {
    if (ids.length < 2) continue;
    ids.sort((a, b) => (first.get(a) as number) - (first.get(b) as number) || (a < b ? -1 : 1));
    for (let i = 1; i < ids.length; i++) {
      const id = ids[i] as string;
      const kept = ids.slice(0, i).find((k) => !to.has(k) && variant(k, id, documents));
      if (kept) to.set(id, kept);
    }
  }
  for (const [id, kept] of titledNamesakes(candidates, rank))
    if (!to.has(id) && !to.has(kept)) to.set(id, kept);
  if (sameStory)
    for (const [id, named] of [
      ...loneSurnames(candidates, sameStory),
      ...acronymNames(candidates, sameStory),
      ...namedWithNoun(candidates, sameStory),
    ]) {
      const kept = to.get(named) ?? named;
      if (!to.has(id)) to.set(id, kept);
    }
  return to;
}

/** The candidates with every variant's id replaced by the id it is a variant of. */
export function joinNameVariants(
  candidates: EventCandidate[],
  rank: (document: string) => number,
  sameStory?: SameStory,
): EventCandidate[] {
  const to = nameVariants(candidates, rank, sameStory);
  if (to.size === 0) return candidates;
  // Titles name a person as a report wrote him: the kept spelling replaces the variant's.
  const written = new Map<string, string>();
  // A title names a lone family name by the full name its report gives it ("Dina Bolvarte" for
  // "Bolvarte"): that full name is what the kept spelling replaces, not "Dina Dina Boluarte".
  const fullest = new Map<string, string>();
  for (const c of candidates)
    for (const m of c.sentence.mentions) {
      if (m.id === undefined) continue;
      if (!written.has(m.id)) written.set(m.id, m.text);
      if (m.text.length > (fullest.get(m.id)?.length ?? 0)) fullest.set(m.id, m.text);
    }
  const retitle = (title: string, s: AnnotatedSentence): string => {
    for (const m of s.mentions) {
      const kept = m.id !== undefined ? to.get(m.id) : undefined;
      const name = kept !== undefined ? written.get(kept) : undefined;
      if (name === undefined) continue;
      const full = fullest.get(m.id as string);
      // A full name its report gives in a sentence of no event ("Yukiya Amado, came on Friday …"
      // before "Amado had described …") stands in the title with the kept spelling's given names.
      const given = `${name.split(' ').slice(0, -1).join(' ')} ${m.text}`;
      const variant = [given, full ?? m.text, m.text]
        .filter((v) => title.includes(v))
        .reduce((a, b) => (b.length > a.length ? b : a), m.text);
      title = title.replace(variant, name);
    }
    return title;
  };
  const sentences = new Map<AnnotatedSentence, AnnotatedSentence>();
  const sentenceOf = (s: AnnotatedSentence): AnnotatedSentence => {
    let out = sentences.get(s);
    if (!out) {
      out = {
        ...s,
        mentions: s.mentions.map((m) =>
          m.id !== undefined && to.has(m.id) ? { ...m, id: to.get(m.id), resolution: 'fuzzy' as const } : m,
        ),
      };
      sentences.set(s, out);
    }
    return out;
  };
  return candidates.map((c) => {
    if (!c.sentence.mentions.some((m) => m.id !== undefined && to.has(m.id))) return c;
    return {
      ...c,
      title: retitle(c.title, c.sentence),
      ...(c.uncountedTitle !== undefined ? { uncountedTitle: retitle(c.uncountedTitle, c.sentence) } : {}),
      sentence: sentenceOf(c.sentence),
      ...renamedActors(c, (id) => to.get(id) ?? id),
    };
  });
}

/** Reports by publication, earliest first (then by id): whose spelling of a name is kept. */
export function reportOrder(documents: readonly ChronologyDocument[]): (document: string) => number {
  const order = new Map(
    [...documents]
      .sort((a, b) =>
        a.published.date < b.published.date
          ? -1
          : a.published.date > b.published.date
            ? 1
            : a.id < b.id
              ? -1
              : 1,
      )
      .map((d, i) => [d.id, i]),
  );
  return (document) => order.get(document) ?? order.size;
}
