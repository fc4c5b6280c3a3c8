/**
 * "Security forces were continuing to crack down on demonstrators in several cities in the
 * country", "Foreigners are currently not allowed into the ex-Soviet republic", "in het hele land",
 * "im ganzen Land": a country named by a common noun is the country the report is about, the one it
 * names most. The sentence borrows that place, as "daar" borrows the place before
 * (place-reference.ts), where it names no place of its own.
 */
import type { Mention } from '../types.ts';
import type { CountryCounts } from './country-counts.ts';

/**
 * "the country", "the whole country"; "the ex-Soviet republic", "the Central Asian state": a
 * republic, state or nation only with a proper adjective before it, since "the state" alone is as
 * often the government ("state television").
 */
const COUNTRY_NOUN: Record<string, RegExp> = {
  en: /(?<![\p{L}])[Tt]he\s+(?:(?:whole|entire)\s+country|country|(?:former\s+|ex-)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:country|nation|republic|state))(?![\p{L}-])/u,
  nl: /(?<![\p{L}])(?:[Hh]et\s+(?:hele\s+)?land|[Dd]e\s+(?:voormalige\s+|ex-)?Sovjetrepubliek)(?![\p{L}-])/u,
  de: /(?<![\p{L}])(?:(?:[Dd]as|[Dd]es|[Dd]em|[Ii]m|[Ii]ns)\s+(?:ganzen?\s+)?Land(?:es)?|(?:[Dd]ie|[Dd]er)\s+(?:(?:frühere|früheren|ehemalige|ehemaligen)\s+|Ex-)?Sowjetrepublik)(?![\p{L}-])/u,
};

/**
 * "auf dem Land", "op het land": the countryside, no country. "fled the country", "het land
 * verlaten", "aus dem Land": the country left, where the happening ends elsewhere.
 */
const NOT_THERE_BEFORE =
  /(?<![\p{L}])(?:auf|op|uit|aus|from|out\s+of|fled|flee|flees|fleeing|left|leave|leaves|leaving|quit|quits|escaped|ontvluchtte|ontvluchtten|verliet|verlieten|verließ|verließen)\s+$/iu;
const NOT_THERE_AFTER =
  /^\s+(?:(?:te|zu)\s+)?(?:verlaten|ontvlucht|ontvluchten|ontvluchtte|verlassen|verließ|verlässt|verlaat|verlaten)(?![\p{L}])/iu;

/**
 * The country whose places the sentences name most, a town or region counting for the country it
 * lies in: "Rusland en andere bondgenoten van Kazachstan sturen militairen naar het land" in a
 * report that names Almaty twice is Kazakhstan, though Russia is named as often. Only one the
 * sentences name as a country, at least twice in all and more often than any other.
 */
export function mainCountry(counts: CountryCounts): Mention | undefined {
  const [first, second] = [...counts.values()].filter((c) => c.country).sort((a, b) => b.n - a.n);
  if (!first?.mention || first.n < 2 || (second && second.n === first.n)) return undefined;
  return first.mention;
}

/** The sentence's mentions, with `country` added at its common noun for a country when it names no place. */
export function withCountryReference(
  text: string,
  mentions: Mention[],
  country: Mention | undefined,
  lang: string,
): Mention[] {
  const noun = COUNTRY_NOUN[lang];
  if (!country || !noun || mentions.some((m) => m.kind === 'place')) return mentions;
  const found = noun.exec(text);
  if (!found) return mentions;
  const start = found.index;
  const end = start + found[0].length;
  if (
    NOT_THERE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    NOT_THERE_AFTER.test(text.slice(end))
  )
    return mentions;
  if (mentions.some((m) => m.start < end && start < m.end)) return mentions;
  const borrowed: Mention = { ...country, text: found[0], start, end, resolution: 'context' };
  return [...mentions, borrowed].sort((a, b) => a.start - b.start);
}
