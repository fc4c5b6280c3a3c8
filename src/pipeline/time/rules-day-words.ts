/**
 * Days named by a word relative to the publication day: "yesterday", "tonight", "gisteravond",
 * "vannacht", "overnight", "heute Morgen", "vorgestern".
 */
import { addDays } from './calendar.ts';
import { LEXICONS, type Lang, type PartOfDay } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { pattern, type Rule } from './rule.ts';
import { dayValue, partOfDayValue } from './value.ts';

interface DayWord {
  offset: number;
  part?: PartOfDay;
  /** "vannacht": last night in a past-tense sentence, tonight in a future one. */
  tenseNight?: boolean;
}

/**
 * A measure that holds, in the present, right after the night's word: "Vannacht geldt opnieuw een
 * avondklok", "Heute Nacht gilt eine Ausgangssperre". What happened last night is told in the
 * perfect ("Vannacht is … doodgeschoten").
 */
const HOLDS_TONIGHT: Record<Lang, RegExp> = {
  en: /^(?!)/u,
  nl: /^\s+(?:geldt|gelden|blijft|blijven)(?![\p{L}])/iu,
  de: /^\s+(?:gilt|gelten|bleibt|bleiben)(?![\p{L}])/iu,
};

const DAY_WORDS: Record<Lang, Record<string, DayWord>> = {
  en: {
    today: { offset: 0 },
    yesterday: { offset: -1 },
    tomorrow: { offset: 1 },
    tonight: { offset: 0, part: 'NI' },
    'the day before yesterday': { offset: -2 },
    'the day after tomorrow': { offset: 2 },
    'this morning': { offset: 0, part: 'MO' },
    'this afternoon': { offset: 0, part: 'AF' },
    'this evening': { offset: 0, part: 'EV' },
    'last night': { offset: -1, part: 'NI' },
    // Wire copy's "rescued overnight", "overnight shelling": the night before the report.
    overnight: { offset: -1, part: 'NI', tenseNight: true },
    'yesterday morning': { offset: -1, part: 'MO' },
    'yesterday afternoon': { offset: -1, part: 'AF' },
    'yesterday evening': { offset: -1, part: 'EV' },
    'tomorrow morning': { offset: 1, part: 'MO' },
    'tomorrow afternoon': { offset: 1, part: 'AF' },
    'tomorrow evening': { offset: 1, part: 'EV' },
    'tomorrow night': { offset: 1, part: 'NI' },
    'later today': { offset: 0 },
    'earlier today': { offset: 0 },
    // "closed for the day", "for the rest of the day": the day of the report.
    'for the day': { offset: 0 },
    'for the rest of the day': { offset: 0 },
  },
  nl: {
    vandaag: { offset: 0 },
    'de rest van de dag': { offset: 0 },
    gisteren: { offset: -1 },
    morgen: { offset: 1 },
    eergisteren: { offset: -2 },
    overmorgen: { offset: 2 },
    vanochtend: { offset: 0, part: 'MO' },
    vanmorgen: { offset: 0, part: 'MO' },
    vanmiddag: { offset: 0, part: 'AF' },
    vanavond: { offset: 0, part: 'EV' },
    vannacht: { offset: -1, part: 'NI', tenseNight: true },
    gisterochtend: { offset: -1, part: 'MO' },
    gistermorgen: { offset: -1, part: 'MO' },
    gistermiddag: { offset: -1, part: 'AF' },
    gisteravond: { offset: -1, part: 'EV' },
    gisternacht: { offset: -1, part: 'NI' },
    morgenochtend: { offset: 1, part: 'MO' },
    morgenavond: { offset: 1, part: 'EV' },
    'afgelopen nacht': { offset: -1, part: 'NI' },
  },
  de: {
    heute: { offset: 0 },
    'für den rest des tages': { offset: 0 },
    gestern: { offset: -1 },
    morgen: { offset: 1 },
    vorgestern: { offset: -2 },
    übermorgen: { offset: 2 },
    'heute morgen': { offset: 0, part: 'MO' },
    'heute früh': { offset: 0, part: 'MO' },
    'heute vormittag': { offset: 0, part: 'MO' },
    'heute nachmittag': { offset: 0, part: 'AF' },
    'heute abend': { offset: 0, part: 'EV' },
    'heute nacht': { offset: -1, part: 'NI', tenseNight: true },
    'gestern morgen': { offset: -1, part: 'MO' },
    'gestern früh': { offset: -1, part: 'MO' },
    'gestern nachmittag': { offset: -1, part: 'AF' },
    'gestern abend': { offset: -1, part: 'EV' },
    'gestern nacht': { offset: -1, part: 'NI' },
    'morgen früh': { offset: 1, part: 'MO' },
    'morgen abend': { offset: 1, part: 'EV' },
    'vergangene nacht': { offset: -1, part: 'NI' },
    'letzte nacht': { offset: -1, part: 'NI' },
    // "in der vergangenen Nacht", "in der letzten Nacht".
    'vergangenen nacht': { offset: -1, part: 'NI' },
    'letzten nacht': { offset: -1, part: 'NI' },
  },
};

/**
 * The weekday set after the word between commas ("voor morgen, dinsdag, een algemene staking",
 * "tomorrow, Tuesday", "heute, Samstag") names the same day: it is no weekday of its own.
 */
function apposedWeekday(lang: Lang): string {
  return `(?:,\\s*(?:${alternation(Object.keys(LEXICONS[lang].weekdays))})(?=\\s*[,.]))?`;
}

export function dayWordRule(lang: Lang): Rule {
  return {
    name: 'day-word',
    anchors: [Object.keys(DAY_WORDS[lang])],
    re: pattern(
      `${B}(?<x>${lang === 'en' ? '(?:late\\s+|early\\s+)?' : ''}(?<word>${alternation(Object.keys(DAY_WORDS[lang]))})${apposedWeekday(lang)})${E}`,
    ),
    resolve(m, ctx, span) {
      const written = m.groups?.word ?? '';
      // German "Morgen" with a capital inside a sentence is the morning ("am Morgen"), not tomorrow.
      if (
        ctx.lang === 'de' &&
        written === 'Morgen' &&
        !/(^|[.!?:"„]\s*)$/.test(ctx.text.slice(Math.max(0, span.start - 3), span.start))
      ) {
        return null;
      }
      const word = lookup(DAY_WORDS[ctx.lang], written);
      if (!word) return null;
      const future =
        word.tenseNight &&
        (ctx.tense(span.start, span.end) === 'future' ||
          HOLDS_TONIGHT[ctx.lang].test(ctx.text.slice(span.end, span.end + 16)));
      const day = addDays(ctx.dct, future ? 0 : word.offset);
      return Object.assign(word.part ? partOfDayValue(day, word.part) : dayValue(day), { relative: true });
    },
  };
}

/** The words themselves: a sentence without any of them runs no day-word rule. */
export function dayWords(lang: Lang): string[] {
  return Object.keys(DAY_WORDS[lang]);
}
