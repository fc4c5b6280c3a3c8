/**
 * A cheap first look at a text: most sentences of a news article hold no time expression, and one
 * scan for the words every rule needs (a digit, a weekday, a month, a unit, a day word…) spares them
 * the two dozen rule scans. Words match as prefixes at a word start, so compounds such as
 * "vrijdagochtend", "tagelang" or "Jahresbeginn" are covered by "vrijdag", "tage" and "jahr".
 *
 * The same scan finds each rule's anchors (see Rule.anchors): a text that passes runs only the
 * rules whose anchors it holds.
 */
import { anaphoraTriggers } from './anaphora-words.ts';
import { fiscalTriggers } from './fiscal.ts';
import { holidayTriggers } from './holidays.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { DIGIT, type Rule } from './rule.ts';
import { rulesFor } from './rules.ts';
import { durationTriggers } from './rules-duration.ts';
import { explicitTriggers } from './rules-explicit.ts';
import { relativeTriggers } from './rules-relative.ts';
import { wordScanner, type WordScanner } from './scan.ts';

/** The mark of the trigger words and digits; the other bits stand for lists of anchors. */
const TRIGGER = 1;

/** Room for this many distinct anchor lists beside the trigger bit. */
const MAX_LISTS = 30;

interface Lookout {
  rules: readonly Rule[];
  /** Per rule, the bits of its anchor lists. */
  needs: readonly number[];
  scanner: WordScanner;
}

function triggerWords(lang: Lang): string[] {
  const lex = LEXICONS[lang];
  return [
    ...Object.keys(lex.weekdays),
    ...Object.keys(lex.months),
    ...Object.keys(lex.units),
    ...Object.keys(lex.parts),
    ...relativeTriggers(lang),
    ...explicitTriggers(lang),
    ...durationTriggers(lang),
    ...anaphoraTriggers(lang),
    ...fiscalTriggers(lang),
    ...holidayTriggers(lang),
  ];
}

function build(lang: Lang): Lookout {
  const marks = new Map<string, number>();
  const mark = (word: string, bit: number) => {
    const key = word.toLowerCase();
    marks.set(key, (marks.get(key) ?? 0) | bit);
  };
  for (const word of triggerWords(lang)) mark(word, TRIGGER);
  let digitMark = TRIGGER;
  const bits = new Map<string, number>();
  const rules = rulesFor(lang);
  const needs = rules.map((rule) => {
    let need = 0;
    for (const list of rule.anchors ?? []) {
      const key = list.map((w) => w.toLowerCase()).join('|');
      let bit = bits.get(key);
      if (bit === undefined) {
        if (bits.size === MAX_LISTS) throw new Error(`more than ${MAX_LISTS} anchor lists for "${lang}"`);
        bit = 1 << (bits.size + 1);
        bits.set(key, bit);
        for (const word of list) {
          if (word === DIGIT) digitMark |= bit;
          else mark(word, bit);
        }
      }
      need |= bit;
    }
    return need;
  });
  return { rules, needs, scanner: wordScanner(marks, digitMark) };
}

const LOOKOUTS = new Map<Lang, Lookout>();

function lookout(lang: Lang): Lookout {
  let found = LOOKOUTS.get(lang);
  if (!found) {
    found = build(lang);
    LOOKOUTS.set(lang, found);
  }
  return found;
}

/**
 * The rules of `lang` and which of them (by index) may match `text`; undefined when the text holds
 * no trigger word at all.
 */
export function rulesToRun(
  lang: Lang,
  text: string,
): { rules: readonly Rule[]; wanted: (index: number) => boolean } | undefined {
  const { rules, needs, scanner } = lookout(lang);
  const mask = scanner.scan(text);
  if ((mask & TRIGGER) === 0) return undefined;
  return {
    rules,
    wanted: (i) => {
      const need = needs[i] ?? 0;
      return (need & mask) === need;
    },
  };
}
