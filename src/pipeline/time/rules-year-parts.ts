/**
 * Parts of a year named by the text: quarters ("the third quarter", "het eerste kwartaal", "im
 * zweiten Quartal 2021") and seasons ("last summer", "komende winter", "Frühjahr 2022").
 */
import type { Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Rule } from './rule.ts';
import { quarterValue, seasonValue } from './value.ts';
import { writtenYear, YEAR } from './written-year.ts';

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  ersten: 1,
  erste: 1,
  zweiten: 2,
  zweite: 2,
  dritten: 3,
  dritte: 3,
  vierten: 4,
  vierte: 4,
};

export function quarterRule(lang: Lang): Rule {
  const source =
    lang === 'en'
      ? `${B}(?<x>(?:the\\s+(?!\\S+-quarter))?(?:(?<rel>this|next)\\s+year's\\s+(?=(?:first|second|third|fourth)))?(?:(?<year0>(?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+|(?<latest>latest|current|same|past|last|most\\s+recent|recent)\\s+|(?<=the\\s+))(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR})?)${E}`
      : lang === 'nl'
        ? `${B}(?<x>(?:het\\s+)?(?<ord>eerste|tweede|derde|vierde)\\s+kwartaal(?:\\s+(?:van\\s+)?${YEAR})?)${E}`
        : `${B}(?<x>(?:im\\s+)?(?<ord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte)\\s+Quartal(?:\\s+${YEAR})?)${E}`;
  return {
    name: 'quarter',
    anchors: [[lang === 'en' ? 'quarter' : lang === 'nl' ? 'kwartaal' : 'quartal']],
    re: pattern(source),
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      const current = Math.floor((ctx.dct.m - 1) / 3) + 1;
      const future = ctx.tense(span.start, span.end) === 'future';
      const written = writtenYear(g.year ?? g.year0);
      if (!g.ord) {
        // "the quarter", "the latest quarter": in a past-tense report, the last completed quarter.
        if (written !== undefined || /^(past|last)$/i.test(g.latest ?? '')) return null;
        const index = ctx.dct.y * 4 + current - 1 - (future ? 0 : 1);
        return Object.assign(quarterValue(Math.floor(index / 4), (index % 4) + 1), { relative: true });
      }
      const q = ORDINALS[g.ord.toLowerCase()];
      if (!q) return null;
      if (g.rel)
        return Object.assign(quarterValue(ctx.dct.y + (/^next$/i.test(g.rel) ? 1 : 0), q), {
          relative: true,
        });
      let y = written ?? ctx.dct.y;
      if (written === undefined && q > current && !future) y -= 1;
      return Object.assign(quarterValue(y, q), { relative: written === undefined });
    },
  };
}

const SEASONS: Record<Lang, Record<string, string>> = {
  en: { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' },
  nl: { lente: 'SP', voorjaar: 'SP', zomer: 'SU', herfst: 'FA', najaar: 'FA', winter: 'WI' },
  de: { frühling: 'SP', frühjahr: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI' },
};

const SEASON_DIRS: Record<Lang, string> = {
  en: 'last|this|next|this\\s+past|the\\s+coming|early|late',
  nl: 'afgelopen|vorige|deze|komende|volgende|vorig|dit|komend|volgend',
  de: 'letzten|vergangenen|diesen|nächsten|kommenden|im',
};

export function seasonRule(lang: Lang): Rule {
  const source = `${B}(?<x>(?:(?<dir>${SEASON_DIRS[lang]})\\s+)(?<season>${alternation(Object.keys(SEASONS[lang]))})(?:\\s+(?:of\\s+)?${YEAR})?|(?<season2>${alternation(Object.keys(SEASONS[lang]))})\\s+(?<year2>(?:1[6-9]|20)\\d\\d))${E}`;
  return {
    name: 'season',
    anchors: [Object.keys(SEASONS[lang])],
    re: pattern(source),
    resolve(m, ctx) {
      const g = m.groups ?? {};
      const code = lookup(SEASONS[lang], g.season ?? g.season2);
      if (!code) return null;
      const dir = direction(g.dir);
      const y = writtenYear(g.year ?? g.year2) ?? ctx.dct.y + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
      return Object.assign(seasonValue(y, code), { relative: !(g.year ?? g.year2) });
    },
  };
}

/** Season words, each a trigger of the season rule. */
export function seasonWords(lang: Lang): string[] {
  return Object.keys(SEASONS[lang]);
}
