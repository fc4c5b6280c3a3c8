/**
 * The source of a report, named with the place it sits in: "volgens de Veiligheidsregio
 * Groningen", "according to the mayor of Groningen", "laut der Feuerwehr in Köln", "the Groningen
 * safety region said". Such a place says who reports, not where the happening was.
 */
import type { Mention } from '../types.ts';

/**
 * A verb right after "volgens X" ends the source ("Volgens de politie zijn in Delfzijl …"): the
 * name after it is in the report itself.
 */
const VERB = String.raw`(?:is|are|was|were|has|have|had|zijn|waren|werd|werden|heeft|hebben|ist|sind|war|waren|wurde|wurden|hat|haben|hatte)\s`;

/** Words that always open a report's source, whatever follows them. */
export const SOURCE_OPENERS = String.raw`\baccording to|\bvolgens|\blaut|\bnach angaben`;

/** Module constants: tsx compiles each Unicode property literal to a `new RegExp` call. */
const SOURCE_BEFORE = new RegExp(
  String.raw`(?:${SOURCE_OPENERS}|` +
    // A fronted speech verb with its subject: "…, zei de burgemeester van Groningen".
    String.raw`(?:\bsaid|\bsays|\bzei|\bzegt|\bsagte|\bsagt)\s+(?:the|de|het|der|die|das))` +
    String.raw`\s+(?:(?!${VERB})[\p{L}-]+\s+){0,4}$`,
  'iu',
);

/**
 * "the Groningen safety region said", "Turkey's foreign ministry said": a few words of the source's
 * name, then its speech verb.
 */
const SOURCE_AFTER = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|told|zei|zegt|meldde|sagte|sagt)\b/iu;

/**
 * A word any attribution needs, tested on the sentence and then on the text either side of each
 * place before the costlier expressions (most news sentences have a "said" somewhere).
 */
const SOURCE_CUE = /according|volgens|laut|angaben|said|says|told|zei|zegt|meldde|sagte|sagt/iu;

/** A toll that people are set among: "among the dead", "onder de slachtoffers", "unter den Toten". */
const AMONG_TOLL =
  /(?<!\p{L})(?:among the (?:dead|victims)|onder de (?:doden|slachtoffers)|unter den (?:Toten|Opfern))(?!\p{L})/iu;

/** People counted by the state they belong to: "citizens", "staatsburgers", "Staatsangehörige". */
const NATIONALS =
  /(?<!\p{L})(?:citizens|nationals|staatsburgers|onderdanen|staatsbürger|staatsangehörige)(?!\p{L})/iu;

/** Enough text either side for a source's name; a longer slice only costs the regex more. */
const REACH = 80;

/** The mention names only where the report's source is. */
export function inAttribution(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  if (SOURCE_CUE.test(before) && SOURCE_BEFORE.test(before)) return true;
  const after = text.slice(m.end, m.end + REACH);
  return SOURCE_CUE.test(after) && SOURCE_AFTER.test(after);
}

/**
 * The places where the happening was: the listed ones outside any attribution, with the
 * unlisted place names (`unlisted`, asked only then) when a listed one names the source.
 * Unchanged when no place names a source, or when the source's place is the only one the
 * sentence names; none when the happening is put in a place no gazetteer lists ("crashed in the
 * French Alps …, the Marseille prosecutor says") or the source counts its nationals among a toll.
 */
export function happeningPlaces(text: string, known: Mention[], unlisted: () => Mention[]): Mention[] {
  if (!SOURCE_CUE.test(text) || !known.some((m) => inAttribution(text, m))) return known;
  const outside = [...known, ...unlisted()].filter((m) => !inAttribution(text, m));
  if (outside.length > 0) return outside;
  // "Turkey's foreign ministry said five Turkish citizens were among the dead": a country that
  // counts its own people among a toll speaks of a happening elsewhere.
  return placedUnlisted(text, known) || (NATIONALS.test(text) && AMONG_TOLL.test(text)) ? [] : known;
}

/**
 * A preposition of place, an article and perhaps an adjective before a capitalised name: "in the
 * French Alps", "near the Syrian border", "in de Franse Alpen". Not German, whose nouns are all
 * capitalised ("bei der Suche").
 */
const PLACE_PHRASE = /\b(?:in|near|at|bij|nabij)\s+(?:the|de|het)\s+(?:\p{Ll}+\s+)?\p{Lu}/gu;

/** Whether the sentence puts something at a place by a name none of its mentions is. */
function placedUnlisted(text: string, mentions: Mention[]): boolean {
  for (const m of text.matchAll(PLACE_PHRASE)) {
    const name = m.index + m[0].length - 1;
    if (!mentions.some((k) => k.start <= name && name < k.end)) return true;
  }
  return false;
}
