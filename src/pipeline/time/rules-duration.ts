/**
 * Durations ("three days", "for days", "tagelang", "the past two months"), sets (rules-sets.ts)
 * and the document-time references of TimeML: "now" and "currently"
 * (PRESENT_REF), "recently" and "the past" (PAST_REF), "the future" (FUTURE_REF).
 */
import { LEXICONS, type Lang, type Unit } from './lexicon.ts';
import { numberSource, numberValue } from './spelled-numbers.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { pattern, type Rule } from './rule.ts';
import { setRule, setWords, weekdaySetRule } from './rules-sets.ts';
import { durationValue, futureRefValue, pastRefValue, presentValue } from './value.ts';

const QUALIFIERS: Record<Lang, string> = {
  en: '(?:(?:more\\s+than|almost|about|around|some|over|roughly|only|just|for|within)\\s+)?',
  nl: "(?:(?:meer\\s+dan|minder\\s+dan|ruim|bijna|ongeveer|zo['’]?n|circa|minstens|nog\\s+geen)\\s+)?",
  de: '(?:(?:mehr\\s+als|weniger\\s+als|über|fast|knapp|etwa|rund|gut|mindestens|seit\\s+über)\\s+)?',
};

/**
 * Bounds that TimeML keeps inside the expression (its "mod" attribute): "nearly two years", "less
 * than an hour", "at least 30 days". Signals such as "for", "over" and "within" stay outside.
 */
const INNER_QUALIFIERS: Record<Lang, string> = {
  en: '(?:(?:nearly|less\\s+than|no\\s+more\\s+than|at\\s+least|up\\s+to)\\s+)?',
  nl: '',
  de: '',
};

/** "the nine months": the article belongs to the expression (TimeML), an amount "a" never follows it. */
const ARTICLE: Record<Lang, string> = {
  en: 'the\\s+(?:latest\\s+|first\\s+|last\\s+)?(?!an?\\s)(?![\\p{L}\\p{N}]+-)',
  nl: 'de\\s+(?!een\\s)',
  de: '(?:die|den)\\s+(?!eine?n?\\s)',
};

const STRETCH: Record<Lang, string> = {
  en: '(?:the\\s+)?(?:past|last|next|coming|first|previous|following|final)\\s+',
  nl: '(?:de\\s+)?(?:afgelopen|laatste|komende|eerste|volgende)\\s+',
  de: '(?:die\\s+|den\\s+)?(?:vergangenen|letzten|nächsten|kommenden|ersten)\\s+',
};

function countOf(lang: Lang, written: string | undefined): number | null | undefined {
  const lex = LEXICONS[lang];
  if (written === undefined) return undefined;
  const clean = written.replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  if (lex.vague.includes(written.toLowerCase().replace(/\s+/g, ' '))) return null;
  return numberValue(lang, written);
}

/** "and a half" after a number or a unit: "two and a half years", "a minute and a half". */
const HALF: Record<Lang, string> = {
  en: '\\s+and\\s+a\\s+half',
  nl: '\\s+en\\s+een\\s+half',
  de: '\\s+und\\s+ein\\s+halb',
};

/** The hour and its colon or dot right before a number: that number is the clock's minutes. */
const CLOCK_BEFORE = /\d[:.]$/u;

/** "three days", "two-year", "the past two months", "drie weken", "zwei Jahre", "a decade". */
function countedRule(lang: Lang): Rule {
  const lex = LEXICONS[lang];
  const half = HALF[lang];
  const nums = `(?<num>\\d+(?:[.,]\\d+)?(?<frac>\\s+1/2|\\s*½)?|${numberSource(lang)})(?<half>${half})?`;
  const units = `(?<unit>${alternation(Object.keys(lex.units))})`;
  const hyphen = lang === 'en' ? '[\\s-]+' : '\\s+';
  const source = `${B}${QUALIFIERS[lang]}(?<x>${INNER_QUALIFIERS[lang]}(?:${STRETCH[lang]}|${ARTICLE[lang]})?${nums}${hyphen}(?:more\\s+)?${units}(?<half2>${half})?(?:-long)?)${E}(?![\\s-]+old)`;
  return {
    name: 'duration',
    re: pattern(source),
    anchors: [Object.keys(lex.units)],
    resolve(m, ctx) {
      const g = m.groups ?? {};
      const unit = lookup(ctx.lex.units, g.unit);
      const written = countOf(ctx.lang, g.frac ? g.num?.replace(/\s*(?:1\/2|½)$/, '') : g.num);
      if (!unit || written === undefined) return null;
      const count = written !== null && (g.frac || g.half || g.half2) ? written + 0.5 : written;
      // "at 21:55 hours" is a clock time, not 55 hours.
      if (CLOCK_BEFORE.test(m.input.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "three-quarters of the vote" is a fraction.
      if (
        unit === 'quarter' &&
        /^\s+of\s/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5))
      )
        return null;
      // "the 1988 quarter" is a year's quarter, not 1,988 of them.
      if (/^(?:1[6-9]|20)\d\d$/.test(g.num ?? '') && !/s$/i.test(g.unit ?? '')) return null;
      // "a year" alone is a duration, but "one" before a singular/plural mismatch is not ("one day he").
      if (count === 1 && /^(one|een|ein)$/i.test(g.num ?? '') && unit === 'day') return null;
      return Object.assign(durationValue(count, unit), { relative: false });
    },
  };
}

const BARE_PLURAL: Record<Lang, Record<string, Unit>> = {
  en: { hours: 'hour', days: 'day', weeks: 'week', months: 'month', years: 'year', decades: 'decade' },
  nl: {
    dagenlang: 'day',
    wekenlang: 'week',
    maandenlang: 'month',
    jarenlang: 'year',
    urenlang: 'hour',
    decennialang: 'decade',
    dagen: 'day',
    weken: 'week',
    maanden: 'month',
    jaren: 'year',
    uren: 'hour',
  },
  de: {
    tagelang: 'day',
    wochenlang: 'week',
    monatelang: 'month',
    jahrelang: 'year',
    stundenlang: 'hour',
    jahrzehntelang: 'decade',
    tagen: 'day',
    wochen: 'week',
    monaten: 'month',
    jahren: 'year',
    stunden: 'hour',
    jahrzehnten: 'decade',
  },
};

/**
 * Signals that make a bare plural a duration: "for days", "al dagen", "seit Tagen", "recent years";
 * "hours later", "uren later", "Stunden später" too, an offset from the story's last time.
 */
const BARE_SIGNAL: Record<Lang, string> = {
  en: '(?:(?:(?<=(?:for|in|over|within|after|the\\s+past|the\\s+last|the\\s+coming|the\\s+next|the\\s+recent)\\s+)|(?=hours\\s+later))(?<unit>hours|days|weeks|months|years|decades))',
  nl: '(?:(?:(?<=(?:al|sinds|na|binnen|enkele|ruim)\\s+)|(?=uren\\s+later))(?<unit>dagen|weken|maanden|jaren|uren)|(?<long>dagenlang|wekenlang|maandenlang|jarenlang|urenlang|decennialang))',
  de: '(?:(?:(?<=(?:seit|vor|nach|binnen|innerhalb\\s+von)\\s+)|(?=Stunden\\s+später))(?<unit>Tagen|Wochen|Monaten|Jahren|Stunden|Jahrzehnten)|(?<long>tagelang|wochenlang|monatelang|jahrelang|stundenlang|jahrzehntelang))',
};

function barePluralRule(lang: Lang): Rule {
  const recent = lang === 'en' ? '(?:the\\s+coming\\s+|the\\s+past\\s+)?' : '';
  return {
    name: 'vague-duration',
    re: pattern(`${B}(?<x>${recent}${BARE_SIGNAL[lang]})${E}`),
    anchors: [Object.keys(BARE_PLURAL[lang])],
    resolve(m) {
      const g = m.groups ?? {};
      const unit = lookup(BARE_PLURAL[lang], g.unit ?? g.long);
      if (!unit) return null;
      // German "vor Tagen" is a point in the past, not a stretch of time.
      if (lang === 'de' && /vor\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return null;
      return Object.assign(durationValue(null, unit), { relative: false });
    },
  };
}

const REFS: Record<Lang, Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  en: {
    now: 'PRESENT_REF',
    currently: 'PRESENT_REF',
    'at present': 'PRESENT_REF',
    nowadays: 'PRESENT_REF',
    'at the moment': 'PRESENT_REF',
    'right now': 'PRESENT_REF',
    'these days': 'PRESENT_REF',
    'the present': 'PRESENT_REF',
    recently: 'PAST_REF',
    'the past': 'PAST_REF',
    'recent years': 'PAST_REF',
    'recent days': 'PAST_REF',
    'recent weeks': 'PAST_REF',
    'recent months': 'PAST_REF',
    'the future': 'FUTURE_REF',
  },
  nl: {
    nu: 'PRESENT_REF',
    momenteel: 'PRESENT_REF',
    'op dit moment': 'PRESENT_REF',
    tegenwoordig: 'PRESENT_REF',
    thans: 'PRESENT_REF',
    'op het moment': 'PRESENT_REF',
    onlangs: 'PAST_REF',
    recent: 'PAST_REF',
    kortgeleden: 'PAST_REF',
    'het verleden': 'PAST_REF',
    vroeger: 'PAST_REF',
    binnenkort: 'FUTURE_REF',
    'de toekomst': 'FUTURE_REF',
  },
  de: {
    jetzt: 'PRESENT_REF',
    derzeit: 'PRESENT_REF',
    zurzeit: 'PRESENT_REF',
    'zur zeit': 'PRESENT_REF',
    gegenwärtig: 'PRESENT_REF',
    momentan: 'PRESENT_REF',
    aktuell: 'PRESENT_REF',
    nun: 'PRESENT_REF',
    kürzlich: 'PAST_REF',
    jüngst: 'PAST_REF',
    neulich: 'PAST_REF',
    'der vergangenheit': 'PAST_REF',
    früher: 'PAST_REF',
    bald: 'FUTURE_REF',
    zukunft: 'FUTURE_REF',
    künftig: 'FUTURE_REF',
  },
};

function refRule(lang: Lang): Rule {
  return {
    name: 'reference',
    re: pattern(`${B}(?<x>${alternation(Object.keys(REFS[lang]))})${E}`),
    anchors: [Object.keys(REFS[lang])],
    resolve(m, ctx) {
      const ref = lookup(REFS[lang], m.groups?.x);
      if (!ref) return null;
      const resolved =
        ref === 'PRESENT_REF'
          ? presentValue(ctx.dct)
          : ref === 'PAST_REF'
            ? pastRefValue()
            : futureRefValue();
      return Object.assign(resolved, { relative: ref === 'PRESENT_REF' });
    },
  };
}

const cache = new Map<Lang, Rule[]>();

/** Words without which none of these rules can match (besides units, see trigger.ts). */
export function durationTriggers(lang: Lang): string[] {
  return [...setWords(lang), ...Object.keys(REFS[lang])];
}

export function durationRules(lang: Lang): Rule[] {
  let rules = cache.get(lang);
  if (!rules) {
    rules = [countedRule(lang), barePluralRule(lang), setRule(lang), weekdaySetRule(lang), refRule(lang)];
    cache.set(lang, rules);
  }
  return rules;
}
