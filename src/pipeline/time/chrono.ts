/**
 * chrono-node as a fallback parser: whatever it finds that the own rules did not cover, converted to
 * TIMEX3. Its weekday guesses are replaced by the news rule (see weekday.ts), because chrono picks
 * the nearest such day, which may lie after publication.
 */
import { createRequire } from 'node:module';
import type * as ChronoNode from 'chrono-node';
import type { Chrono, ParsedComponents } from 'chrono-node';
import type { Day } from './calendar.ts';
import type { Lang } from './lexicon.ts';
import type { Candidate, RuleContext } from './rule.ts';
import { dayValue, monthValue, timeValue } from './value.ts';
import { resolveWeekday } from './weekday.ts';

const LEADING_SIGNAL = /^(?:on|at|in|by|from|since|op|om|sinds|am|um|seit|bis|ab|vanaf)\s+/i;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

const USEFUL = /\p{L}{4,}|\d:\d/u;
const FRACTION = /^\d+\/\d+$/;

const require = createRequire(import.meta.url);

let parsers: Record<Lang, Chrono> | undefined;

/**
 * chrono-node is loaded when first asked for: the pipeline leaves it off (ExtractOptions.chrono),
 * and importing its modules of every locale cost each run some 550 million instructions at start-up.
 */
function parserFor(lang: Lang): Chrono {
  if (!parsers) {
    const chrono: typeof ChronoNode = require('chrono-node');
    parsers = { en: chrono.en.casual, nl: chrono.nl.casual, de: chrono.de.casual };
  }
  return parsers[lang];
}

function dayOf(c: ParsedComponents, ctx: RuleContext, start: number, end: number): Day {
  if (c.isCertain('day') || c.isCertain('month')) {
    return { y: c.get('year') ?? ctx.dct.y, m: c.get('month') ?? ctx.dct.m, d: c.get('day') ?? 1 };
  }
  const wd = c.get('weekday');
  if (c.isCertain('weekday') && wd !== null) return resolveWeekday(wd, ctx.dct, ctx.tense(start, end));
  return ctx.dct;
}

export function chronoCandidates(ctx: RuleContext): Candidate[] {
  const results = parserFor(ctx.lang).parse(ctx.text, {
    instant: new Date(Date.UTC(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d, 12)),
    timezone: 0,
  });
  const out: Candidate[] = [];
  for (const r of results) {
    const c = r.start;
    // TimeML leaves signals such as "on" and "at" outside the expression.
    const lead = LEADING_SIGNAL.exec(r.text)?.[0].length ?? 0;
    const trail = TRAILING_PUNCTUATION.exec(r.text)?.[0].length ?? 0;
    if (lead + trail >= r.text.length) continue;
    // chrono's casual parsers read "Sun", "sat", "625 a" or "7/8" as dates; keep only what names a
    // day, month or clock time in full words or with a colon.
    if (!USEFUL.test(r.text) || FRACTION.test(r.text.trim())) continue;
    const start = r.index + lead;
    const end = r.index + r.text.length - trail;
    const day = dayOf(c, ctx, start, end);
    let resolved;
    if (c.isCertain('hour')) resolved = timeValue(day, c.get('hour') ?? 0, c.get('minute') ?? 0);
    else if (c.isCertain('day') || c.isCertain('weekday')) resolved = dayValue(day);
    else if (c.isCertain('month')) resolved = monthValue(day.y, day.m);
    else continue;
    out.push({ ...resolved, start, end, rule: 'chrono', relative: !c.isCertain('year') });
  }
  return out;
}
