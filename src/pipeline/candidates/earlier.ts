import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';
import type { Timex } from '../types.ts';
import { compile } from './compiled.ts';
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';
import { phraseBefore } from './phrase-before.ts';
import { describesCounted, describesOverSpan } from './describing-participle.ts';
import { opensWithPastForm } from './verb-form.ts';
import { protestedAgainst } from './grievance-cause.ts';

/** Up to three words and no comma between a trigger and a time: "since the protests started last Sunday". */
const OWN_TIME_GAP = /^[^,;:]{0,24}$/;

/** A time set off by a comma at the end of the sentence: "na de mislukte aanslag op Trump, tien dagen geleden." */
const APPENDED_TIME_GAP = /^[^,;:]{0,40},\s*$/;
const SENTENCE_END = /^\s*[.!?]?["”»]?\s*$/;

/**
 * A time of the named happening's own dates it: "since the war began on October 7" is no copy,
 * nor is "after the failed attack on Trump, ten days ago".
 */
function ownTime(h: TriggerHit, timexes: Timex[], text: string): boolean {
  return timexes.some((t) => {
    if (t.start < h.end) return false;
    const gap = text.slice(h.end, t.start);
    return OWN_TIME_GAP.test(gap) || (APPENDED_TIME_GAP.test(gap) && SENTENCE_END.test(text.slice(t.end)));
  });
}

/** "two nights of", "dagen van": a span the happening after it lasted, not a time of its own. */
const SPAN_OF = /^\s+(?:of|van)\s/i;

/** A time expression lies within [start, end): the phrase before the trigger is a time. */
function timeBetween(timexes: Timex[], start: number, end: number, text: string): boolean {
  return timexes.some(
    (t) =>
      t.start >= start &&
      t.end <= end &&
      !(t.type === 'DURATION' && SPAN_OF.test(text.slice(t.end, t.end + 5))),
  );
}

/**
 * "Eine Woche nach dem Hackerangriff haben die Täter Daten veröffentlicht": a trigger right after
 * such a word names an earlier happening the story has already told, as the time of another. Dated
 * by this sentence it would become a second, later copy of it, so it is dropped even as the only hit.
 */
export function withoutEarlier(
  hits: TriggerHit[],
  text: string,
  timexes: Timex[],
  lexicon: EventLexicon,
): TriggerHit[] {
  // A word that places a happening before the reported one, a determiner and at most two words:
  // "a week after the", "nach dem", "na de verwoestende", "nach dem schweren russischen".
  const { cue, pattern } = phraseBefore(lexicon.earlier, 2);
  const earlier = (h: TriggerHit): boolean => {
    if (opensWithPastForm(text.slice(h.start, h.end))) return false;
    const from = Math.max(0, h.start - 40);
    const before = text.slice(from, h.start);
    if (!cue.test(before)) return false;
    if (germanVerbAfter(text, h, before)) return false;
    const m = pattern.exec(before);
    // "na de jaarwisseling grote protesten": the words after "na de" are a time, not a happening.
    if (m) return !ownTime(h, timexes, text) && !timeBetween(timexes, from + m.index, h.start, text);
    // "had resigned on Tuesday after violent protests.": without a determiner, a happening that
    // closes the clause is the reason for what the clause reports; "after protests erupted" is news.
    if (!CLAUSE_CLOSES.test(text.slice(h.end, h.end + 3))) return false;
    const bare = bareBefore(lexicon.earlier).exec(before);
    // "sinds vrijdagnacht een avondklok.": a time between makes it the measure's own start.
    return bare !== null && !timeBetween(timexes, from + bare.index, h.start, text);
  };
  const named = hits.filter(earlier);
  if (named.length === 0) return hits;
  return hits.filter((h) => !named.includes(h) && !named.some((n) => sidesOf(n, h, text)));
}

/** The sides of a clash named with it: "clashes between police and protesters", "tussen … en", "zwischen … und". */
const BETWEEN_SIDES =
  /^\s+(?:between|tussen|zwischen)\s+(?:[\p{L}-]+\s+){1,3}(?:and|en|und)\s+(?:[\p{L}-]+\s+)?$/iu;

/** `h` names a side of the happening `named` names ("after two nights of clashes between police and protesters"). */
function sidesOf(named: TriggerHit, h: TriggerHit, text: string): boolean {
  return (
    h.start > named.end && h.start - named.end < 60 && BETWEEN_SIDES.test(text.slice(named.end, h.start))
  );
}

/** German prepositions of `earlier` and the words after them, up to a trigger. */
const GERMAN_CUE = /(?<![\p{L}])(?:nach|seit|infolge|vor)\s+(?:\S+\s+){0,3}$/iu;
const LOWER_CASE = /^\p{Ll}/u;

/**
 * "Vor dem Parlament demonstrierten Tausende": German writes a noun that names a happening with a
 * capital, so a trigger in lower case after its preposition is a verb, and "vor" says where.
 */
function germanVerbAfter(text: string, h: TriggerHit, before: string): boolean {
  return LOWER_CASE.test(text.slice(h.start, h.start + 1)) && GERMAN_CUE.test(before);
}

/** The clause ends right after the trigger. */
const CLAUSE_CLOSES = /^\s*(?:[.,;:!?]|$)/;

/** A word of `earlier` and at most two small words right before the trigger: "after violent", "nach gewaltsamen". */
const bareBefore = perObject(
  (words: readonly string[]) =>
    new RegExp(
      `(?<![\\p{L}])(?:${alternation(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`,
      'u',
    ),
);

/** A definite article right before the trigger: "the", "het", "des", "der", "dem", "den", "die", "das". */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|het|des|der|dem|den|die|das)\s$/i;

/**
 * "out of a flooded cave", "in einer überfluteten Höhle", "uit een overstroomde grot": a participle
 * between an indefinite article and its noun tells the state the noun is in, not a happening.
 */
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an|een|ein|eine|einer|einem|einen|eines)\s$/i;

/**
 * A participle written as an adjective: English in -ed, German small and inflected ("evakuierten");
 * a capitalised German one is a noun ("die Zahl der Verletzten"), which counts.
 */
const ATTRIBUTIVE = /^(?:\p{L}+ed|\p{Ll}\p{L}*(?:te|ten|tes|tem|ter))$/u;

/**
 * "de omgevallen Silicon Valley Bank", "de gesloten Signature Bank": a Dutch participle between
 * "de" and a name describes it. Only before a name: "de gevechten" and "de protesten" are nouns.
 */
const DUTCH_DESCRIBING = /(?:^|\s)de\s$/i;
const DUTCH_PARTICIPLE = /^\p{Ll}*ge\p{Ll}+(?:en|de|te)$/u;
const NAME_AFTER = /^\s\p{Lu}/u;

/**
 * "uit de overstroomde wijken", "het ontruimde gebied", "een overstroomde grot": a Dutch participle inflected in -de or -te
 * between an article and a noun describes the noun. A noun after the article ("de gevechten")
 * does not end so; a verb after one ("de rivier overstroomde") has no noun after it.
 */
const DUTCH_ARTICLE = /(?:^|\s)(?:de|het|een)\s$/i;
const DUTCH_INFLECTED = /^\p{Ll}+(?:de|te)$/u;
const NOUN_AFTER_LOWER = /^\s\p{Ll}/u;

const SPACE = 0x20;

/**
 * English puts "-elect" after a title ("President-elect Joe Biden"); a translation writes it as a
 * verb: "The president elected Joe Biden said". After a title and before a name it is the title.
 */
const ELECT_TITLE_BEFORE =
  /(?:^|\s)(?:president|vice[- ]president|prime minister|premier|governor|mayor|chancellor)\s$/i;

/**
 * "De vijf inzittenden van de vermiste duikboot", "of the missing submarine", "des vermissten
 * Tauchboots": a participle in a phrase that says whose the subject is describes the owner; what
 * befell it was told before, even where it befalls someone.
 */
const OWNER_BEFORE = /(?:^|\s)(?:van\s+de|van\s+het|of\s+the|des)\s$/i;

/** A word right after the trigger, no punctuation between: the noun it describes. */
const NOUN_AFTER = /^\s\p{L}/u;

/**
 * A leader a participle describes: "the ousted president", "of ousted Prime Minister Sheikh
 * Hasina", "Niger's deposed leader", "des gestürzten Präsidenten". He is who it befell, but only
 * named again: the happening was told before.
 */
const LEADER_AFTER =
  /^\s(?:president|prime|premier|minister|leader|head|government|regime|ruler|king|dictator|chancellor|präsident|regierung|regierungschef|staatschef|machthaber)/i;

/** Before a participle that describes: an article, "of", or an English possessive. */
const DESCRIBING_BEFORE = /(?:^|\s)(?:the|het|des|der|dem|den|die|das|of)\s$|['’]s\s$/i;

/**
 * "Lava fließt in Richtung des evakuierten Ortes", "north of the evacuated town": a participle
 * describing a noun names a happening told before, as "after the evacuation" would; it is dropped
 * even as the only hit. Not where it befalls someone ("the injured man"): that person is the news,
 * unless a leader is described ("the ousted president").
 */
export function withoutAttributive(hits: TriggerHit[], text: string, lexicon: EventLexicon): TriggerHit[] {
  // Cheapest first: a space either side, then the word's ending, then the article before it.
  const attributive = (h: TriggerHit): boolean => {
    if (text.charCodeAt(h.start - 1) !== SPACE || text.charCodeAt(h.end) !== SPACE) return false;
    if (describesOverSpan(h, text) || describesCounted(h, text)) return true;
    // "om te protesteren tegen de stijgende prijzen": what the protest is against is news.
    if (compile(lexicon).kinds.get(h.kind)?.entry.grievance && protestedAgainst(text, h.start)) return false;
    const word = text.slice(h.start, h.end);
    if (word === 'elected' && ELECT_TITLE_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start)))
      return NAME_AFTER.test(text.slice(h.end, h.end + 2));
    const before = text.slice(Math.max(0, h.start - 5), h.start);
    if (ATTRIBUTIVE.test(word) && OWNER_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)))
      return NOUN_AFTER.test(text.slice(h.end, h.end + 2));
    if (
      DUTCH_ARTICLE.test(before) &&
      DUTCH_INFLECTED.test(word) &&
      NOUN_AFTER_LOWER.test(text.slice(h.end, h.end + 2)) &&
      !compile(lexicon).kinds.get(h.kind)?.entry.patientKind
    )
      return true;
    if (DUTCH_DESCRIBING.test(before))
      return DUTCH_PARTICIPLE.test(word) && NAME_AFTER.test(text.slice(h.end, h.end + 2));
    if (!ATTRIBUTIVE.test(word) || !NOUN_AFTER.test(text.slice(h.end, h.end + 2))) return false;
    if (LEADER_AFTER.test(text.slice(h.end, h.end + 16))) return DESCRIBING_BEFORE.test(before);
    return (
      (ARTICLE_BEFORE.test(before) ||
        INDEFINITE_BEFORE.test(text.slice(Math.max(0, h.start - 7), h.start))) &&
      !compile(lexicon).kinds.get(h.kind)?.entry.patientKind
    );
  };
  return hits.some(attributive) ? hits.filter((h) => !attributive(h)) : hits;
}
