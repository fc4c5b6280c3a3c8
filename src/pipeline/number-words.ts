/**
 * Number words of the pipeline's languages. The cardinals are shared by the time stage (durations:
 * "three days") and the candidates stage (figures: "twenty-five licences"); the vague quantities by
 * the candidates stage (figures: "thousands of people") and the entities stage (never a name).
 */
import type { Lang } from './langs.ts';

/** One to nineteen. */
export const CARDINAL_UNITS: Record<Lang, Record<string, number>> = {
  en: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  },
  nl: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    dertien: 13,
    veertien: 14,
    vijftien: 15,
    zestien: 16,
    zeventien: 17,
    achttien: 18,
    negentien: 19,
  },
  de: {
    ein: 1,
    eine: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
  },
};

/** The tens, twenty to ninety. */
export const CARDINAL_TENS: Record<Lang, Record<string, number>> = {
  en: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  nl: {
    twintig: 20,
    dertig: 30,
    veertig: 40,
    vijftig: 50,
    zestig: 60,
    zeventig: 70,
    tachtig: 80,
    negentig: 90,
  },
  de: {
    zwanzig: 20,
    dreißig: 30,
    vierzig: 40,
    fünfzig: 50,
    sechzig: 60,
    siebzig: 70,
    achtzig: 80,
    neunzig: 90,
  },
};

/** Vague quantities, each with the rough lower bound a figure takes from it. */
export const VAGUE_QUANTITIES: Readonly<Record<string, number>> = {
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  tientallen: 20,
  honderden: 200,
  duizenden: 2000,
  dutzende: 24,
  hunderte: 200,
  tausende: 2000,
  tienduizenden: 20000,
  honderdduizenden: 200000,
  zehntausende: 20000,
  hunderttausende: 200000,
  // The dative after a preposition: "mit Hunderten Toten", "von Tausenden Menschen".
  dutzenden: 24,
  hunderten: 200,
  tausenden: 2000,
  zehntausenden: 20000,
  hunderttausenden: 200000,
};

/** English writes the larger vague quantities in words: "tens of thousands", "hundreds of thousands". */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = { tens: 10, hundreds: 100 };

/** The spelled cardinals of every language, folded as written: "twelve", "twaalf", "zwölf". */
export const SPELLED_CARDINALS: ReadonlySet<string> = new Set(
  [...Object.values(CARDINAL_UNITS), ...Object.values(CARDINAL_TENS)].flatMap((words) => Object.keys(words)),
);

/**
 * Whether a match of the global expression `re` has a whole number as its first group: digits or a
 * spelled cardinal ("all 12", "alle twaalf", "the last four").
 */
export function matchedBeforeNumber(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = (m[1] ?? '').toLowerCase();
    if (/^\d+$/.test(word) || SPELLED_CARDINALS.has(word)) return true;
  }
  return false;
}
