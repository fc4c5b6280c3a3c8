/**
 * "for a second night in a row", "for the third straight night", "voor de tweede nacht op rij",
 * "in der dritten Nacht in Folge": news of unrest counts its nights, and the one it reports is the
 * night before the report, as "overnight" is (tonight in a sentence about what lies ahead). The
 * expression is the night without the preposition before it, as TimeML marks times.
 */
import { addDays } from './calendar.ts';
import type { Lang } from './lexicon.ts';
import { pattern, type Rule } from './rule.ts';
import { partOfDayValue } from './value.ts';
import { B, E } from './word-pattern.ts';

const EN_ORDINAL =
  '(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+';

/**
 * English "for a second night" counts the nights in a row without saying so ("protesters clashed
 * with police in Athens for a second night"); "the second night of the festival" does not.
 */
const SOURCES: Record<Lang, string> = {
  en:
    `${EN_ORDINAL}(?:(?:straight|consecutive|successive)\\s+nights?|nights?\\s+(?:in\\s+a\\s+row|running))` +
    `|(?<=for\\s)${EN_ORDINAL}night`,
  nl:
    'de\\s+(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\\d+e)\\s+' +
    '(?:achtereenvolgende\\s+nacht|nacht\\s+op\\s+rij)',
  de:
    '(?:der|die|zum)\\s+(?:zweiten?|dritten?|vierten?|fünften?|sechsten?|siebten?|achten?|neunten?|zehnten?|\\d+\\.)\\s+' +
    '(?:aufeinanderfolgenden\\s+Nacht|Nacht\\s+(?:in\\s+Folge|hintereinander|in\\s+Serie))',
};

export function nightInARowRule(lang: Lang): Rule {
  return {
    name: 'night-in-a-row',
    anchors: [lang === 'en' ? ['night'] : ['nacht']],
    re: pattern(`${B}(?<x>${SOURCES[lang]})${E}`),
    resolve(_m, ctx, span) {
      const ahead = ctx.tense(span.start, span.end) === 'future';
      return Object.assign(partOfDayValue(addDays(ctx.dct, ahead ? 0 : -1), 'NI'), { relative: true });
    },
  };
}
