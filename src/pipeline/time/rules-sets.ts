/**
 * Sets: expressions of a frequency ("every week", "daily", "dagelijks", "jeden Tag", "twice a
 * year") and of a weekday recurring ("every Friday", "Mondays", "vrijdags", "freitags").
 */
import { LEXICONS, type Lang, type Unit } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { pattern, type Rule } from './rule.ts';
import { setValue } from './value.ts';

const SETS: Record<Lang, Record<string, Unit>> = {
  en: {
    daily: 'day',
    nightly: 'day',
    'every night': 'day',
    'each night': 'day',
    'every evening': 'day',
    'every day': 'day',
    'each day': 'day',
    'every week': 'week',
    'each week': 'week',
    'every month': 'month',
    'each month': 'month',
    'every year': 'year',
    'each year': 'year',
    'every quarter': 'quarter',
    'a year': 'year',
    'per year': 'year',
    'a day': 'day',
    'per day': 'day',
    'a week': 'week',
    'a month': 'month',
    'every weekend': 'weekend',
  },
  nl: {
    dagelijks: 'day',
    wekelijks: 'week',
    maandelijks: 'month',
    jaarlijks: 'year',
    'elke dag': 'day',
    'elke nacht': 'day',
    'iedere nacht': 'day',
    'elke avond': 'day',
    'iedere dag': 'day',
    'elke week': 'week',
    'iedere week': 'week',
    'elke maand': 'month',
    'elk jaar': 'year',
    'ieder jaar': 'year',
    'per jaar': 'year',
    'per dag': 'day',
    'per maand': 'month',
    'per week': 'week',
  },
  de: {
    täglich: 'day',
    wöchentlich: 'week',
    monatlich: 'month',
    jährlich: 'year',
    'jeden tag': 'day',
    nächtlich: 'day',
    nächtliche: 'day',
    nächtlichen: 'day',
    'jede nacht': 'day',
    'jeden abend': 'day',
    'jede woche': 'week',
    'jeden monat': 'month',
    'jedes jahr': 'year',
    'pro jahr': 'year',
    'pro tag': 'day',
    'im jahr': 'year',
  },
};

export function setRule(lang: Lang): Rule {
  return {
    name: 'set',
    re: pattern(`${B}(?<x>${alternation(Object.keys(SETS[lang]))})${E}`),
    anchors: [Object.keys(SETS[lang])],
    resolve(m) {
      const written = m.groups?.x ?? '';
      const unit = lookup(SETS[lang], written);
      if (!unit) return null;
      // "a year" is a frequency only after an amount ("$5 a year", "twice a year").
      if (
        /^(a|per)\s/i.test(written) &&
        !/(\d|times|twice|once|percent|%)\S*\s*$/i.test(m.input.slice(Math.max(0, m.index - 25), m.index))
      )
        return null;
      if (
        /^(per|im|pro)\s/i.test(written) &&
        lang !== 'en' &&
        !/\d\S*\s*\S*\s*$/.test(m.input.slice(Math.max(0, m.index - 25), m.index))
      )
        return null;
      return Object.assign(setValue(unit), { relative: false });
    },
  };
}

const WEEKDAY_SET: Record<Lang, string> = {
  en: '(?:(?:every|each)\\s+(?<wd>WD)|(?<wds>WD)s)',
  nl: '(?:(?:elke|iedere)\\s+(?<wd>WD)|(?<wds>WD)s)',
  de: '(?:jeden\\s+(?<wd>WD)|(?<wds>WD)s)',
};

/** The words for "every" above. */
const EVERY: Record<Lang, string[]> = { en: ['every', 'each'], nl: ['elke', 'iedere'], de: ['jeden'] };

/** "every Friday", "Mondays", "elke vrijdag", "vrijdags", "jeden Freitag", "freitags". */
export function weekdaySetRule(lang: Lang): Rule {
  const wd = alternation(Object.keys(LEXICONS[lang].weekdays));
  return {
    name: 'weekday-set',
    re: pattern(`${B}(?<x>${WEEKDAY_SET[lang].replaceAll('WD', wd)})${E}`),
    anchors: [[...EVERY[lang], ...Object.keys(LEXICONS[lang].weekdays).map((w) => `${w}s`)]],
    resolve(m, ctx) {
      const day = lookup(ctx.lex.weekdays, m.groups?.wd ?? m.groups?.wds);
      if (day === undefined) return null;
      return {
        type: 'SET',
        value: `XXXX-WXX-${day === 0 ? 7 : day}`,
        interval: null,
        precision: 'day',
        relative: false,
      };
    },
  };
}

/** The frequency words themselves: a sentence without any of them runs no set rule. */
export function setWords(lang: Lang): string[] {
  return Object.keys(SETS[lang]);
}
