/**
 * One person's name written in each language's transliteration: "Levan Beridze", "Lewan Beridse";
 * "Salome Zurabishvili", "Salome Surabischwili"; "Irakli Kobakhidze", "Irakli Kobachidze". Names no data file lists get an id of their own
 * spelling in each document, so reports of the same person in two languages would share no actor.
 * Ids whose every word has the same phonetic key are made one, the English spelling first.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { damerau, phoneticKey } from '../entities/phonetic.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import { surnameIds } from './surnames.ts';
import { renamedActors } from './renamed-actors.ts';

/**
 * Dutch and German write as "ch" what English transliterates as "kh" ("Kobachidze", "Kobachidse"
 * for "Kobakhidze"); their English "ch" is "tsj", "tsch", and "sch" is English "sh".
 */
const GUTTURAL_CH = /(?<![st])ch/g;

/** An unlisted name of two words or more ("name:lewan-beridse") as phonetic keys, else undefined. */
function nameKeys(id: string, english: boolean): { given: string; family: string } | undefined {
  const words = id.slice(UNKNOWN_PREFIX.length).split('-');
  if (words.length < 2 || words.some((w) => w.length < 2)) return undefined;
  const keys = words.map((w) => phoneticKey(english ? w : w.replace(GUTTURAL_CH, 'kh')));
  return { given: keys[0] as string, family: keys.slice(1).join(' ') };
}

/**
 * Given names vary by more than the script they come through: Georgian "Mikheil" is "Michail" in
 * Dutch. One letter apart inside a long given name, under the same family name, is one person; an
 * ending apart is not ("Maria" and "Mario", "Andrea" and "Andreas"), nor are "Jan" and "Anna".
 */
const GIVEN_NAME_SLACK_FROM = 5;

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  return (
    Math.min(a.length, b.length) >= GIVEN_NAME_SLACK_FROM &&
    a.charAt(0) === b.charAt(0) &&
    a.charAt(a.length - 1) === b.charAt(b.length - 1) &&
    damerau(a, b, 1) <= 1
  );
}

interface Spelling {
  given: string;
  id: string;
  english: boolean;
  ids: Set<string>;
}

/** For each unlisted name spelt another way elsewhere, the id it is told by (the first English one). */
function canonicalIds(candidates: readonly EventCandidate[]): Map<string, string> {
  const byFamily = new Map<string, Spelling[]>();
  // A corpus names the same people over and over: each id is keyed once per kind of spelling.
  const keys = new Map<string, ReturnType<typeof nameKeys>>();
  for (const c of candidates) {
    const english = c.language === 'en';
    for (const id of c.actors) {
      if (!id.startsWith(UNKNOWN_PREFIX)) continue;
      const spelt = english ? id : `~${id}`;
      let key = keys.get(spelt);
      if (key === undefined && !keys.has(spelt)) {
        key = nameKeys(id, english);
        keys.set(spelt, key);
      }
      if (key === undefined) continue;
      let people = byFamily.get(key.family);
      if (!people) byFamily.set(key.family, (people = []));
      const entry = people.find((p) => sameGivenName(p.given, key.given));
      if (!entry) people.push({ given: key.given, id, english, ids: new Set([id]) });
      else {
        entry.ids.add(id);
        if (english && !entry.english) Object.assign(entry, { id, english });
      }
    }
  }
  const canonical = new Map<string, string>();
  for (const people of byFamily.values())
    for (const { id, ids } of people) if (ids.size > 1) for (const other of ids) canonical.set(other, id);
  return canonical;
}

/**
 * The fullest way the sentences write each unified id ("Lewan Beridse", not the surname alone
 * linked to it): the spelling a title replaces, and the one it is given.
 */
function spellings(
  candidates: readonly EventCandidate[],
  canonical: Map<string, string>,
): Map<string, string> {
  const spelt = new Map<string, string>();
  for (const c of candidates) {
    for (const m of c.sentence.mentions) {
      if (m.id === undefined || !canonical.has(m.id)) continue;
      const known = spelt.get(m.id);
      if (known === undefined || m.text.length > known.length) spelt.set(m.id, m.text);
    }
  }
  return spelt;
}

/**
 * The candidates with every unlisted name told by one id across its spellings (the same objects
 * when none differ), and their titles written with that id's spelling: one person is not "Irakli
 * Kobachidze" in one event and "Irakli Kobakhidze" in the next.
 */
export function unifyTransliterations(candidates: EventCandidate[]): EventCandidate[] {
  if (!candidates.some((c) => c.actors.some((a) => a.startsWith(UNKNOWN_PREFIX)))) return candidates;
  const canonical = canonicalIds(candidates);
  for (const [id, person] of surnameIds(candidates, canonical)) {
    canonical.set(id, person);
    if (!canonical.has(person)) canonical.set(person, person);
  }
  if (canonical.size === 0) return candidates;
  const spelt = spellings(candidates, canonical);
  return candidates.map((c) => {
    if (!c.actors.some((a) => canonical.has(a))) return c;
    let title = c.title;
    for (const id of c.actors) {
      const target = canonical.get(id);
      if (target === undefined || target === id) continue;
      const from = spelt.get(id);
      const into = spelt.get(target);
      if (from !== undefined && into !== undefined) title = title.replace(from, into);
    }
    return {
      ...c,
      ...renamedActors(c, (id) => canonical.get(id) ?? id),
      title,
    };
  });
}
