/**
 * A happening named only to say who someone is: "angry survivors of Spain's deadly floods hurled
 * mud at the king", "Angehörige der Opfer des Anschlags", "nabestaanden van de ramp". The sentence
 * reports what those people did, not the floods again; a trigger there tells the sentence's
 * happening only when nothing else does.
 */

/**
 * People named by what befell them, then "of"/"van"/"der" or "after"/"na"/"nach", then up to three
 * words: "the 31 dead of the floods", "the number of dead after the flood disaster".
 */
const DESCRIBED =
  /(?<![\p{L}])(?:survivors|victims|relatives|families|dead|overlevenden|slachtoffers|nabestaanden|doden|überlebenden?|opfer|angehörigen?|hinterbliebenen?|toten)\s+(?:of|van|der|des|after|na|nach)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Where the phrase that describes people by the trigger at `start` begins ("survivors of Spain's
 * deadly floods"), or -1. A trigger after another one in that phrase is no part of it ("victims of
 * the floods hurled mud").
 */
export function describingPhrase(text: string, start: number): number {
  const from = Math.max(0, start - 60);
  const m = DESCRIBED.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

/** A preposition and an article right before the participle: "voor de", "for the", "tegen het". */
const PARTICIPLE_BEFORE =
  /(?:^|\s)(?:voor|om|van|met|bij|tegen|over|for|of|with|about|against)\s+(?:de|het|een|the|a)\s$/iu;
/** A Dutch participle ("doodgeschoten", "gearresteerde") or an English one in -ed. */
const PARTICIPLE = /^(?:\p{Ll}*ge\p{Ll}+(?:en|de|te|d|t)|\p{Ll}+ed)$/u;
/** The noun it describes, right after it. */
const NOUN_AFTER = /^\s\p{Ll}/u;

/**
 * "Duizenden mensen demonstreerden voor de doodgeschoten jongen", "marched for the killed
 * teenager": a participle between a preposition's article and a noun says whom the sentence's
 * happening was for; what befell him was told before.
 */
export function describingParticiple(text: string, h: { start: number; end: number }): boolean {
  return (
    NOUN_AFTER.test(text.slice(h.end, h.end + 2)) &&
    PARTICIPLE.test(text.slice(h.start, h.end)) &&
    PARTICIPLE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))
  );
}

/**
 * "the flood-hit city", "a quake-stricken region", "war-torn", "the flood area": what befell a
 * place, said of it.
 */
const COMPOUND =
  /^\p{L}+(?:-(?:hit|stricken|ravaged|affected|torn|damaged|devastated|battered)|\s(?:area|areas|zone|zones))(?![\p{L}])/iu;

/**
 * "President Lula, who was visiting the flood-hit city of Araraquara, decreed …": a trigger made
 * an adjective of the place it befell only says which place.
 */
export function describingCompound(text: string, h: { start: number }): boolean {
  return COMPOUND.test(text.slice(h.start, h.start + 32));
}

/** English: the place "that was hit by" the trigger. */
const HIT_BY_BEFORE =
  /(?<![\p{L}])(?:that|which)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:badly|hard|severely|recently)\s+)?(?:hit|struck|ravaged|affected|devastated|flooded)\s+by\s+(?:(?:the|heavy|severe|deadly|recent)\s+){0,2}$/iu;
/** Dutch and German: the place "die door" / "die von" the trigger, its participle after it. */
const AGENT_BEFORE =
  /(?<![\p{L}])(?:die|dat|der|das|welche[rs]?)\s+(?:(?:zwaar|hard|schwer|stark|onlangs|kürzlich)\s+)?(?:door|von)\s+(?:(?:de|het|den|dem|der|zware|hevige|heftige[nm]?|schwere[nm]?)\s+){0,2}$/iu;
const HIT_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:(?:is|zijn|was|werd|werden|wordt|worden|ist|sind|wurde|wurden)\s+)?(?:(?:zwaar|schwer|stark)\s+)?(?:getroffen|geteisterd|heimgesucht|verwüstet|zerstört|verwoest)(?![\p{L}])/iu;

/**
 * "een stad in de deelstaat São Paulo die door overstromingen is getroffen", "a town that was hit
 * by floods", "eine Stadt, die von Überschwemmungen heimgesucht wurde": a relative clause that
 * says what befell a place only says which place.
 */
export function describingRelative(text: string, h: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, h.start - 60), h.start);
  return (
    HIT_BY_BEFORE.test(before) || (AGENT_BEFORE.test(before) && HIT_AFTER.test(text.slice(h.end, h.end + 40)))
  );
}
