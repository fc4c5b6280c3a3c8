import rawLexicon from '../../../data/event-lexicon.json' with { type: 'json' };
import type { KindEntry } from './kind-entry.ts';
import { fail, record, stringList, text } from './lexicon-fields.ts';
import { parseKind } from './lexicon-kind.ts';
import { parseTrigger } from './lexicon-trigger.ts';

/**
 * The event lexicon (data/event-lexicon.json): trigger patterns, kinds with title templates,
 * multilingual concepts and count nouns. Data, not code, so users can extend it.
 */

export type { TitleTemplate } from './title-template.ts';
export type { KindEntry } from './kind-entry.ts';

export interface TriggerEntry {
  lang: string;
  kind: string;
  pattern: string;
  requires?: string[];
  /** Concepts that must not occur: "released a statement" is no release. */
  unless?: string[];
  /** Concepts that must occur nowhere in the article: "the strikes" in a story of missile strikes is no labour strike. */
  unlessInArticle?: string[];
  /** Only with a person next to it: "Gershkovich was released", not "the report was released". */
  person?: boolean;
  /** Only between two named firms, one its object: "Die UBS übernimmt die Credit Suisse" (firms-around.ts). */
  firms?: boolean;
  /**
   * Only right after a sentence of the paragraph that reported this kind: "Die Polizei zählte rund
   * 7000 Teilnehmer" counts the rally the sentence before told, and no other gathering.
   */
  after?: string;
  /**
   * The subject acts on someone else's happening ("accepted the resignation of X", "nahm den
   * Rücktritt an"): the patient is a person named after "of"/"van"/"von", never the subject.
   */
  patientOf?: boolean;
  /**
   * The one who does it gives himself up ("turned himself in", "stellte sich der Polizei"): it
   * befalls the story's suspect, no one the story names anew ("einen 15-Jährigen").
   */
  self?: boolean;
  /**
   * The one named is still held ("zit sinds 8 december vast", "sitzt seit Sonntag in Haft", "has
   * been held since Sunday"): the trigger reports the arrest only with "since" a time, dated to that
   * time; without one it reports nothing.
   */
  held?: boolean;
  /**
   * Only as what someone tried to do (attempted.ts): an infinitive that otherwise reports nothing
   * ("probeerden het parlement te bestormen", "versuchten, das Parlament zu stürmen").
   */
  onlyTried?: boolean;
  /**
   * A present tense that reports a happening only in a timeline's entry of a day not after
   * publication (timeline-entry.ts: "5. Januar: Demonstranten stürmen das Rathaus"); elsewhere a
   * present tells what is going on or planned, and it reports nothing.
   */
  entry?: boolean;
  /** A title template for this trigger, tried before the kind's. */
  title?: string;
  /** A noun naming the kind without reporting a happening: needs a place, a figure or an own time. */
  weak?: boolean;
  /**
   * A statement verb whose object is what is spoken of ("condemned the attack"): a trigger up to
   * four words after it reports no happening of its own.
   */
  about?: boolean;
}

export interface ConceptEntry {
  id: string;
  noun: string;
  stems: string[];
  /** Qualifies a title ("foreign" troops) without being a topic: never used to match reports. */
  qualifier?: boolean;
  /**
   * A title it picks tells of an announcement ("{patient} announces resignation"): the happening is
   * dated as a kind that announces is (see KindEntry.announces).
   */
  announces?: boolean;
  /** The sentence names places the happening reached ("was felt in Syria"), not where it was. */
  elsewhere?: boolean;
}

export interface CountEntry {
  noun: string;
  stems: string[];
  /** A sum (money) one sentence may give several of for different things: no conflict among them. */
  amount?: boolean;
  /** Words that are adjectives too ("Deutsche", "Spanish"): they count only where no noun follows them. */
  bare?: boolean;
}

export interface EventLexicon {
  kinds: KindEntry[];
  triggers: TriggerEntry[];
  concepts: ConceptEntry[];
  counts: CountEntry[];
  /** The country each plural demonym among the count nouns names, by the demonym in lower case ("spanier": "Spain"). */
  nations?: ReadonlyMap<string, string>;
  hedges: string[];
  /**
   * Hedges of one language only, by language: words that in another language name something (Dutch
   * "indien", if, is German "Indien", India).
   */
  languageHedges: Record<string, string[]>;
  splitters: string[];
  /** Words before "the"/"de"/"der"… that name a happening again as a reason or charge ("in connection with"). */
  references: string[];
  /** Words before "the"/"de"/"dem"… that place a named happening before the reported one ("a week after the"). */
  earlier: string[];
  pronouns: string[];
  agentMarkers: string[];
  orgWords: string[];
  /** Words that name a medium: a name with one is no person, and a medium is no speaker. */
  mediaWords: string[];
  /** Words for those who speak for a person: "Tokayev's office said" is Tokayev's statement. */
  officeWords: string[];
  /** Words that name a tally of the dead ("toll", "dodental", "Todeszahl"): "the toll rose to 133" counts people. */
  tolls: string[];
  /** Verbs of killing or wounding: a bare number right after one counts people ("injured more than 50"). */
  victimVerbs: string[];
  /** A passive auxiliary and participle of killing or wounding: a bare number right before one counts people ("6000 wurden verletzt"). */
  victimPassives: string[];
  /** Verbs that give a count someone made: "officials had counted 51 dead", "confirmed 205 deaths". */
  tallyVerbs: string[];
  /** Words that say those counted lived: a number in their clause counts no dead or injured. */
  survivorVerbs: string[];
  /** Verbs of living somewhere: a number of their clause counts residents, not those a happening befell. */
  residentVerbs: string[];
  /** Words that put a happening at a point right before the place they name: "near", "bij", "nahe". */
  centreWords: string[];
  /** Words right before the place an organisation sits in: "based in", "mit Sitz in", "gevestigd in". */
  seatWords: string[];
  /** Nouns of a happening's scene, by scene ("home": "woning", "Wohnung"): reports of two scenes tell two. */
  sceneWords: Record<string, string[]>;
  /** Scene words of where the wounded are taken: after "in" or "to" no scene of a death or an injury. */
  careWords: string[];
}

/** Checks a parsed lexicon and returns it typed; throws an error naming the field and the reason. */
export function parseLexicon(input: unknown): EventLexicon {
  const root = record(input, '(root)');
  const kindsRaw = root.kinds;
  if (!Array.isArray(kindsRaw)) fail('kinds', 'must be a list');
  const kinds: KindEntry[] = kindsRaw.map(parseKind);
  const known = new Set(kinds.map((k) => k.kind));
  const unknownKind = (field: string, other: string) => fail(field, `unknown kind "${other}" (not in kinds)`);
  kinds.forEach((k, i) => {
    k.recalls?.forEach((other, j) => {
      if (!known.has(other)) unknownKind(`kinds[${i}].recalls[${j}]`, other);
    });
    k.scene?.forEach((other, j) => {
      if (!known.has(other)) unknownKind(`kinds[${i}].scene[${j}]`, other);
    });
    if (k.sameAs !== undefined && !known.has(k.sameAs)) unknownKind(`kinds[${i}].sameAs`, k.sameAs);
    if (k.meets !== undefined && !known.has(k.meets)) unknownKind(`kinds[${i}].meets`, k.meets);
    if (k.meetsNamed !== undefined && !known.has(k.meetsNamed))
      unknownKind(`kinds[${i}].meetsNamed`, k.meetsNamed);
    for (const [topic, other] of Object.entries(k.meetsIf ?? {}))
      if (!known.has(other)) unknownKind(`kinds[${i}].meetsIf.${topic}`, other);
  });
  const triggersRaw = root.triggers;
  if (!Array.isArray(triggersRaw)) fail('triggers', 'must be a list');
  const triggers: TriggerEntry[] = triggersRaw.map((t, i) => parseTrigger(t, i, known));
  const entries = (field: string) => {
    const list = root[field];
    if (!Array.isArray(list)) fail(field, 'must be a list');
    return list.map((c, i) => record(c, `${field}[${i}]`));
  };
  const concepts = entries('concepts').map((r, i) => ({
    id: text(r.id, `concepts[${i}].id`),
    noun: text(r.noun, `concepts[${i}].noun`),
    stems: stringList(r.stems, `concepts[${i}].stems`),
    ...(r.qualifier === true ? { qualifier: true } : {}),
    ...(r.announces === true ? { announces: true } : {}),
    ...(r.elsewhere === true ? { elsewhere: true } : {}),
  }));
  const conceptIds = new Set(concepts.map((c) => c.id));
  triggers.forEach((t, i) => {
    const unknown = [...(t.requires ?? []), ...(t.unless ?? []), ...(t.unlessInArticle ?? [])].find(
      (id) => !conceptIds.has(id),
    );
    if (unknown !== undefined) fail(`triggers[${i}]`, `unknown concept "${unknown}" (not in concepts)`);
  });
  kinds.forEach((k, i) => {
    for (const topic of Object.keys(k.meetsIf ?? {}))
      if (!conceptIds.has(topic)) fail(`kinds[${i}].meetsIf`, `unknown concept "${topic}" (not in concepts)`);
    for (const topic of k.apartIf ?? [])
      if (!conceptIds.has(topic)) fail(`kinds[${i}].apartIf`, `unknown concept "${topic}" (not in concepts)`);
    for (const topic of k.rareIf ?? [])
      if (!conceptIds.has(topic)) fail(`kinds[${i}].rareIf`, `unknown concept "${topic}" (not in concepts)`);
    if (k.sends !== undefined && !conceptIds.has(k.sends))
      fail(`kinds[${i}].sends`, `unknown concept "${k.sends}" (not in concepts)`);
  });
  const counts = entries('counts').map((r, i) => ({
    noun: text(r.noun, `counts[${i}].noun`),
    stems: stringList(r.stems, `counts[${i}].stems`),
    ...(r.amount === true ? { amount: true } : {}),
  }));
  const countNouns = new Set(counts.map((c) => c.noun));
  kinds.forEach((k, i) =>
    k.figureNouns?.forEach((noun, j) => {
      if (!countNouns.has(noun))
        fail(`kinds[${i}].figureNouns[${j}]`, `unknown count noun "${noun}" (not in counts)`);
    }),
  );
  const orgWords = stringList(root.orgWords, 'orgWords');
  const mediaWords = stringList(root.mediaWords, 'mediaWords');
  const both = mediaWords.find((w) => orgWords.includes(w));
  // An organisation word may act; a medium never does: one word cannot be both.
  if (both !== undefined) fail('mediaWords', `"${both}" is also in orgWords`);
  return {
    kinds,
    triggers,
    concepts,
    counts,
    hedges: stringList(root.hedges, 'hedges'),
    languageHedges: languageLists(root.languageHedges, 'languageHedges'),
    splitters: stringList(root.splitters, 'splitters'),
    references: stringList(root.references, 'references'),
    earlier: stringList(root.earlier, 'earlier'),
    pronouns: stringList(root.pronouns, 'pronouns'),
    agentMarkers: stringList(root.agentMarkers, 'agentMarkers'),
    orgWords,
    mediaWords,
    officeWords: stringList(root.officeWords, 'officeWords'),
    tolls: stringList(root.tolls, 'tolls'),
    victimVerbs: stringList(root.victimVerbs, 'victimVerbs'),
    victimPassives:
      root.victimPassives === undefined ? [] : stringList(root.victimPassives, 'victimPassives'),
    tallyVerbs: stringList(root.tallyVerbs, 'tallyVerbs'),
    survivorVerbs: root.survivorVerbs === undefined ? [] : stringList(root.survivorVerbs, 'survivorVerbs'),
    residentVerbs: root.residentVerbs === undefined ? [] : stringList(root.residentVerbs, 'residentVerbs'),
    centreWords: root.centreWords === undefined ? [] : stringList(root.centreWords, 'centreWords'),
    seatWords: root.seatWords === undefined ? [] : stringList(root.seatWords, 'seatWords'),
    sceneWords: languageLists(root.sceneWords, 'sceneWords'),
    careWords: root.careWords === undefined ? [] : stringList(root.careWords, 'careWords'),
  };
}

/** Word lists by language ("nl": […]); none when the field is absent. */
function languageLists(value: unknown, path: string): Record<string, string[]> {
  if (value === undefined) return {};
  const lists = record(value, path);
  return Object.fromEntries(
    Object.entries(lists).map(([lang, words]) => [lang, stringList(words, `${path}.${lang}`)]),
  );
}

/** The lexicon shipped in data/event-lexicon.json, checked once at load. */
export const defaultLexicon: EventLexicon = parseLexicon(rawLexicon);
