/**
 * Clock times: "3 p.m.", "4:17", "noon", "14.00 uur", "um 14 Uhr", "Mitternacht". Each is
 * provisionally on the publication day; anchorAnaphora() moves it to the story's day.
 */
import type { Lang } from './lexicon.ts';
import { E } from './word-pattern.ts';
import { DIGIT, pattern, type Rule } from './rule.ts';
import { timeValue } from './value.ts';
import { hour24 } from '../clock-line.ts';

const CLOCK: Record<Lang, string> = {
  // "Around 15.00 hours": a translation's Dutch "15.00 uur", a 24-hour clock (never "3 hours", a span).
  en: `(?<x>(?<h>\\d{1,2})(?:(?:[:.](?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)|\\.(?<mh>\\d{2})\\s*hours)(?=[^\\p{L}]|$)|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>noon|midnight))`,
  nl: `(?<x>(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*uur|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>middernacht))${E}`,
  de: `(?<x>(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?![\\p{N}])|(?<noon>Mitternacht))${E}`,
};

/** "seit Mitternacht", "since midnight", "sinds middernacht" right before the clock word. */
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|sinds|seit)\s+$/iu;

/** "kurz vor Mitternacht", "just before midnight", "vlak voor middernacht": the midnight that ends the day. */
const BEFORE = /(?:^|[^\p{L}])(?:before|voor|vor)\s+$/iu;

/**
 * "would take effect from midnight on Monday", "takes effect at midnight", "until midnight",
 * "vanaf middernacht", "ab Mitternacht": a measure still ahead begins or ends at the midnight that
 * ends the day. One that "took effect at midnight" is told of the story's night, as other clocks are.
 */
const MEASURE_BEFORE: Record<Lang, RegExp> = {
  en: /(?:(?:take|takes|taking)\s+effect\s+(?:from|at|as\s+of)|(?:^|[^\p{L}])(?:until|till))\s+$/iu,
  nl: /(?:^|[^\p{L}])(?:vanaf|tot)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:ab|bis)\s+$/iu,
};

const CLOCK_WORDS: Record<Lang, string[]> = {
  en: ['noon', 'midnight'],
  nl: ['middernacht'],
  de: ['mitternacht'],
};

/** Clock words, each a trigger of the clock rule. */
export function clockWords(lang: Lang): string[] {
  return CLOCK_WORDS[lang];
}

export function clockRule(lang: Lang): Rule {
  return {
    name: 'clock',
    re: pattern(`(?<![\\p{L}\\p{N}:.,])${CLOCK[lang]}`),
    anchors: [[DIGIT, ...CLOCK_WORDS[lang]]],
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      let hour: number;
      let minute = 0;
      if (g.noon) {
        const lead = ctx.text.slice(Math.max(0, span.start - 8), span.start);
        const noon = /noon/i.test(g.noon);
        const measure = MEASURE_BEFORE[lang].test(ctx.text.slice(Math.max(0, span.start - 24), span.start));
        if (!noon && (BEFORE.test(lead) || measure)) {
          hour = 23;
          minute = 59;
        } else hour = noon ? 12 : 0;
        // "Seit Mitternacht gilt eine Waffenruhe": what holds since midnight holds since the one that
        // opened the day of publication, whatever day the story was at before.
        if (hour === 0 && SINCE_BEFORE.test(lead))
          return Object.assign(timeValue(ctx.dct, 0, 0), { relative: true });
      } else {
        hour = Number(g.h ?? g.h2);
        minute = Number(g.min ?? g.min2 ?? g.mh ?? 0);
        hour = hour24(hour, g.ap?.toLowerCase().charAt(0));
      }
      if (hour > 23 || minute > 59) return null;
      // Provisional: on the publication day; anchorAnaphora() moves it to the story's day.
      return Object.assign(timeValue(ctx.dct, hour, minute), { relative: true, clock: { hour, minute } });
    },
  };
}
