/**
 * Named days of the year: "Christmas", "New Year's Eve", "Thanksgiving Day", "Easter", "Orthodox
 * Christmas", "oudejaarsavond", "Pasen", "Heiligabend", "Ostermontag". Without a year, the one
 * just past in a past-tense sentence (or after "last"), the coming one in a future-tense sentence (or
 * after "next"), else the nearer of the two.
 */
import { addDays, diffDays, weekday, type Day } from './calendar.ts';
import type { Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { direction, pattern, type Rule } from './rule.ts';
import { dayValue } from './value.ts';
import { YEAR } from './written-year.ts';

type DayOf = (y: number) => Day;

const fixed =
  (m: number, d: number): DayOf =>
  (y) => ({ y, m, d });

/** The n-th given weekday (0 = Sunday) of a month. */
const nthWeekday =
  (m: number, wd: number, n: number): DayOf =>
  (y) => {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  };

/** A capital first letter (built once: the TypeScript loader rebuilds a \p literal at every call). */
const CAPITAL = /^\p{Lu}/u;

/**
 * Nouns a holiday's name qualifies rather than dates, where a language writes them apart: "a
 * crowded Christmas market" (held for weeks before the day), "the Easter Rising", "Halloween
 * celebrations" (held on the weekend before as much as on the day). Dutch and German write these as
 * one word ("kerstmarkt", "Weihnachtsmarkt", "Halloweenfeest"), which no name matches inside.
 */
const QUALIFIED: Record<Lang, string> = {
  en: '(?!\\s+(?:markets?|trees?|shopping|lights?|decorations?|cards?|carols?|gifts?|presents?|songs?|fairs?|stalls?|eggs?|rising|resolutions?|bonus(?:es)?|sales?|celebrations?|festivities|part(?:y|ies)|partygoers|revell?ers|weekend|costumes?)(?![\\p{L}]))',
  nl: '',
  de: '',
};

/**
 * A crowd "celebrating Halloween" names the occasion, whose parties run over the days around it;
 * the night the crowd met is told apart ("on Saturday night"). "The church will celebrate Easter"
 * still dates.
 */
const OCCASION: Record<Lang, string> = { en: '(?<!celebrating\\s+)', nl: '', de: '' };

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h =
    (19 * a +
      b -
      Math.floor(b / 4) -
      Math.floor((8 * b - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3)) / 25) +
      15) %
    30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const fromEaster =
  (days: number): DayOf =>
  (y) =>
    addDays(easter(y), days);

const christmas = fixed(12, 25);
const newYear = fixed(1, 1);

const HOLIDAYS: Record<Lang, Record<string, DayOf>> = {
  en: {
    christmas,
    'christmas day': christmas,
    'christmas eve': fixed(12, 24),
    'boxing day': fixed(12, 26),
    'orthodox christmas': fixed(1, 7),
    "new year's day": newYear,
    "new year's eve": fixed(12, 31),
    easter: fromEaster(0),
    'easter sunday': fromEaster(0),
    'easter monday': fromEaster(1),
    'good friday': fromEaster(-2),
    thanksgiving: nthWeekday(11, 4, 4),
    'thanksgiving day': nthWeekday(11, 4, 4),
    halloween: fixed(10, 31),
    "valentine's day": fixed(2, 14),
    // US general elections: the Tuesday after the first Monday of November.
    'election day': (y) => addDays(nthWeekday(11, 1, 1)(y), 1),
  },
  nl: {
    kerstmis: christmas,
    kerst: christmas,
    'eerste kerstdag': christmas,
    'tweede kerstdag': fixed(12, 26),
    kerstavond: fixed(12, 24),
    nieuwjaarsdag: newYear,
    oudejaarsavond: fixed(12, 31),
    oudejaarsdag: fixed(12, 31),
    oudjaar: fixed(12, 31),
    pasen: fromEaster(0),
    paaszondag: fromEaster(0),
    paasmaandag: fromEaster(1),
    'goede vrijdag': fromEaster(-2),
    koningsdag: fixed(4, 27),
  },
  de: {
    weihnachten: christmas,
    heiligabend: fixed(12, 24),
    'heiliger abend': fixed(12, 24),
    silvester: fixed(12, 31),
    neujahrstag: newYear,
    ostern: fromEaster(0),
    ostersonntag: fromEaster(0),
    ostermontag: fromEaster(1),
    karfreitag: fromEaster(-2),
  },
};

const DIRS: Record<Lang, string> = {
  en: 'last|this|next|this\\s+past|this\\s+coming',
  nl: 'afgelopen|vorige|komende|volgende',
  de: 'letzten|letztes|vergangenen|vergangenes|nächsten|nächstes|kommenden|kommendes',
};

function holidayRule(lang: Lang): Rule {
  const names = alternation(Object.keys(HOLIDAYS[lang])).replaceAll("'", "['’]");
  return {
    name: 'holiday',
    re: pattern(
      `${OCCASION[lang]}${B}(?<x>(?:(?<dir>${DIRS[lang]})\\s+)?(?<name>${names})(?:,?\\s+${YEAR})?)${E}${QUALIFIED[lang]}`,
    ),
    anchors: [Object.keys(HOLIDAYS[lang]).flatMap((name) => [name, name.replaceAll("'", '’')])],
    resolve(m, ctx, span) {
      const g = m.groups ?? {};
      const dayOf = lookup(HOLIDAYS[lang], g.name?.replace(/\s+/g, ' ').replace(/’/g, "'"));
      if (!dayOf) return null;
      // English writes its holidays with a capital; "thanksgiving" in lower case is gratitude.
      if (lang === 'en' && !CAPITAL.test(g.name ?? '')) return null;
      if (g.year) return Object.assign(dayValue(dayOf(Number(g.year))), { relative: false });
      const dir = direction(g.dir);
      const tense = ctx.tense(span.start, span.end);
      const back = tense === 'future' ? false : tense === 'past' ? true : undefined;
      const wantPast = dir === 'last' ? true : dir === 'next' ? false : back;
      const thisYear = dayOf(ctx.dct.y);
      const before = diffDays(thisYear, ctx.dct) <= 0 ? thisYear : dayOf(ctx.dct.y - 1);
      const after = diffDays(thisYear, ctx.dct) >= 0 ? thisYear : dayOf(ctx.dct.y + 1);
      const day =
        wantPast === true
          ? before
          : wantPast === false
            ? after
            : diffDays(ctx.dct, before) <= diffDays(after, ctx.dct)
              ? before
              : after;
      return Object.assign(dayValue(day), { relative: true });
    },
  };
}

export function holidayRules(lang: Lang): Rule[] {
  return [holidayRule(lang)];
}

export function holidayTriggers(lang: Lang): string[] {
  return Object.keys(HOLIDAYS[lang]);
}
