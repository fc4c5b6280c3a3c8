/**
 * "Unter den Toten sind 72 Deutsche und 51 Spanier", "75 Germans were among the dead", "onder wie
 * 193 Nederlanders": a count of one nation's people set among a toll is that nation's share of it,
 * no rival count of the whole. It measures the people of that country ("people from Spain
 * killed"), so that two reports' counts of one nation disagree with each other, not with the toll.
 */
import type { Token } from './tokenize.ts';

/** Words that set the counts of a sentence among a toll. */
const AMONG =
  /(?<!\p{L})(?:among (?:the )?(?:dead|victims|them|whom)|including|unter (?:den )?(?:Toten|Opfern|ihnen)|darunter|onder (?:de )?(?:doden|slachtoffers|hen|wie)|waaronder)(?!\p{L})/iu;

const LETTER = /\p{L}/u;

/** Words a nation's noun may sit behind after its number: "72 German nationals" names no nation noun. */
const LOOKAHEAD = 2;

/**
 * The country whose people the count at token `from` is of, where the sentence sets its counts
 * among a toll and a plural demonym of `nations` follows the number.
 */
export function nationAmong(
  text: string,
  tokens: readonly Token[],
  from: number,
  nations: ReadonlyMap<string, string> | undefined,
): string | undefined {
  if (!nations || nations.size === 0 || from < 0) return undefined;
  for (let i = from; i < Math.min(tokens.length, from + LOOKAHEAD); i++) {
    const nation = nations.get((tokens[i] as Token).word);
    if (nation !== undefined)
      return AMONG.test(text) || tellsOwnPeople(text, tokens, from, nation) ? nation : undefined;
  }
  return undefined;
}

/**
 * "Spain's government says 50 Spaniards died": a country named before the count of its own people
 * tells its share of a toll, as its people abroad are counted, however the sentence does not set
 * them among the dead. The country is written as its name in the data (English).
 */
function tellsOwnPeople(text: string, tokens: readonly Token[], from: number, nation: string): boolean {
  const before = text.slice(0, (tokens[from - 1] as Token | undefined)?.start ?? 0);
  const at = before.indexOf(nation);
  return at >= 0 && !LETTER.test(before[at + nation.length] ?? '') && !LETTER.test(before[at - 1] ?? '');
}

/** A measure of people ("people killed") as one of a nation's people ("people from Spain killed"). */
export function nationMeasure(measure: string, nation: string | undefined): string {
  return nation !== undefined && measure.startsWith('people ')
    ? `people from ${nation} ${measure.slice(7)}`
    : measure;
}
