/**
 * Numbers as news text writes them, in en, nl and de: digits with either separator convention,
 * scale words ("2,2 miljoen", "2.2 million"), number words ("twenty-five", "vijfentwintig",
 * "drieduizend", "fünfundzwanzig") and vague quantities ("dozens", "hundreds", "thousands").
 */
import { CARDINAL_TENS, CARDINAL_UNITS, VAGUE_MULTIPLIERS, VAGUE_QUANTITIES } from '../number-words.ts';
import { tokenize, type Token } from './tokenize.ts';
import { CappedCache } from '../capped-cache.ts';

export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'up-to' | 'less-than';

export interface NumberSpan {
  value: number;
  /** The expression as written, qualifier included ("more than 3,000"). */
  text: string;
  start: number;
  end: number;
  qualifier: Qualifier;
  /** "dozens", "hundreds", "thousands": a rough lower bound, never a conflict by itself. */
  vague: boolean;
}

const UNITS: Record<string, Record<string, number>> = {
  ...CARDINAL_UNITS,
  // "eins" counts things ("eins von zehn") but is no duration word, so the time stage does without it.
  de: { ...CARDINAL_UNITS.de, eins: 1 },
};
const TENS: Record<string, Record<string, number>> = CARDINAL_TENS;

const SCALES: Record<string, Record<string, number>> = {
  en: { hundred: 100, thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9, mln: 1e6, bn: 1e9 },
  nl: { honderd: 100, duizend: 1000, miljoen: 1e6, miljoenen: 1e6, miljard: 1e9, mln: 1e6 },
  de: {
    hundert: 100,
    tausend: 1000,
    million: 1e6,
    millionen: 1e6,
    mio: 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    mrd: 1e9,
  },
};

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:more than|over|above|meer dan|ruim|boven de|boven|mehr als|über)\s+$/i, 'more-than'],
  // Dutch "zeker" before a count is "at least" ("zeker 27 doden"), not "certainly".
  [/(?:at least|minstens|ten minste|minimaal|zeker|mindestens|wenigstens)\s+$/i, 'at-least'],
  [
    /(?:about|some|around|nearly|almost|approximately|roughly|zo'n|zo’n|ongeveer|circa|bijna|rund|etwa|ungefähr|fast|knapp|around)\s+$/i,
    'about',
  ],
  [/(?:up to|tot|bis zu)\s+$/i, 'up-to'],
  [/(?:less than|fewer than|minder dan|weniger als)\s+$/i, 'less-than'],
];

const NUMBERISH = new Map<string, RegExp>();

/** Whether a word contains any number root of the language: a cheap test before parsing it. */
function numberish(word: string, lang: string): boolean {
  let re = NUMBERISH.get(lang);
  if (!re) {
    const roots = [UNITS, TENS, SCALES].flatMap((t) => Object.keys(t[lang] ?? t.en ?? {}));
    re = new RegExp(roots.sort((a, b) => b.length - a.length).join('|'));
    NUMBERISH.set(lang, re);
  }
  return re.test(word);
}

/** Value of one word such as "twenty-five", "vijfentwintig", "drieduizend", "fünfundzwanzig", or null. */
/** A table's own entry: "constructor" or "toString" in a text are words, not Object's properties. */
function entry(table: Record<string, number> | undefined, key: string): number | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

export function wordValue(word: string, lang: string): number | null {
  const w = word.toLowerCase().replace(/[-\s]/g, '');
  const units = UNITS[lang] ?? UNITS.en ?? {};
  const tens = TENS[lang] ?? TENS.en ?? {};
  const scales = SCALES[lang] ?? SCALES.en ?? {};
  const below100 = (s: string): number | null => {
    if (s === '') return null;
    const unit = entry(units, s);
    if (unit !== undefined) return unit;
    const ten = entry(tens, s);
    if (ten !== undefined) return ten;
    for (const [t, tv] of Object.entries(tens)) {
      if (lang === 'en' && s.startsWith(t)) {
        const u = entry(units, s.slice(t.length));
        if (u !== undefined && u < 10) return tv + u;
      }
      if (lang !== 'en' && s.endsWith(t)) {
        const head = s.slice(0, -t.length).replace(/(en|und)$/, '');
        const u = entry(units, head);
        if (u !== undefined && u < 10) return tv + u;
      }
    }
    return null;
  };
  const compose = (s: string): number | null => {
    const simple = below100(s);
    if (simple !== null) return simple;
    for (const [scale, sv] of Object.entries(scales).sort((a, b) => b[1] - a[1])) {
      const at = s.indexOf(scale);
      if (at < 0 || sv > 1000) continue;
      const head = s.slice(0, at);
      const tail = s.slice(at + scale.length).replace(/^(en|und|and)/, '');
      const hv = head === '' ? 1 : compose(head);
      const tv = tail === '' ? 0 : compose(tail);
      if (hv !== null && tv !== null) return hv * sv + tv;
    }
    return null;
  };
  return compose(w);
}

function digitsValue(raw: string, lang: string, scaled: boolean): number {
  // A separator followed by exactly three digits groups thousands in every language we read,
  // unless a scale word follows ("2.500 million" is rare; "2,2 miljoen" is common).
  const groups = /^\d{1,3}(?:[.,\s]\d{3})+$/.test(raw);
  if (groups && !scaled) return Number(raw.replace(/[.,\s]/g, ''));
  const decimal = lang === 'en' ? '.' : ',';
  const other = decimal === '.' ? ',' : '.';
  const cleaned = raw.split(other).join('').replace(decimal, '.');
  return Number(cleaned);
}

/** Digits glued to letters before them name a thing ("B91", "MH17", "A320"), they count nothing. */
const DIGITS = /(?:[€$]\s?|(?<![\p{L}\p{N}]))\d+(?:[.,\s]\d+)*/gu;
const WORDS = /[\p{L}]+(?:-[\p{L}]+)*/gu;

function qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } {
  const before = text.slice(Math.max(0, start - 20), start);
  for (let i = 0; i < QUALIFIERS.length; i++) {
    const rule = QUALIFIERS[i] as [RegExp, Qualifier];
    const m = before.match(rule[0]);
    if (m) return { qualifier: rule[1], start: start - m[0].length };
  }
  return { qualifier: 'exact', start };
}

/** A word after a number, perhaps a scale ("million", "Mrd."); a module constant, as tsx compiles a literal with \p to a `new RegExp` call. */
const SCALE_WORD = /^(\s*)([\p{L}.]+)/u;

/** Scales news glues to a number ("$51bn", "3Mrd."); "m" only after a currency, where it is no metre ("$5m"). */
const GLUED: Record<string, number> = { bn: 1e9, mn: 1e6, mln: 1e6, mio: 1e6, mrd: 1e9 };
const GLUED_MONEY: Record<string, number> = { ...GLUED, m: 1e6 };

function scaleAfter(text: string, end: number, lang: string, money = false): { factor: number; end: number } {
  const m = SCALE_WORD.exec(text.slice(end, end + 24));
  if (!m || m[2] === undefined) return { factor: 1, end };
  const word = m[2].toLowerCase().replace(/\.$/, '');
  const factor =
    m[1] === ''
      ? entry(money ? GLUED_MONEY : GLUED, word)
      : (entry(SCALES[lang], word) ?? entry(SCALES.en, word));
  if (factor === undefined || factor < 1e6) return { factor: 1, end };
  return { factor, end: end + m[0].length - (m[2].endsWith('.') ? 1 : 0) };
}

/** What a word counts: a vague quantity ("dozens"), a number word's value, or nothing. */
interface WordCount {
  vague: number | undefined;
  value: number | null | undefined;
}

const FIRST_LETTERS = new Map<string, Set<number>>();

/**
 * Codes of the letters a number word of the language begins with: those of its units, tens and scale
 * words (wordValue reads nothing else) and of the vague quantities. Most words are dismissed by their
 * first letter before they are looked up.
 */
function firstLetters(lang: string): Set<number> {
  let letters = FIRST_LETTERS.get(lang);
  if (!letters) {
    const tables = [
      UNITS[lang] ?? UNITS.en,
      TENS[lang] ?? TENS.en,
      SCALES[lang] ?? SCALES.en,
      VAGUE_QUANTITIES,
    ];
    letters = new Set(tables.flatMap((t) => Object.keys(t ?? {}).map((k) => k.charCodeAt(0))));
    FIRST_LETTERS.set(lang, letters);
  }
  return letters;
}

/** Words seen, by language: a corpus repeats its words, each is parsed once. */
const wordCounts = new Map<string, CappedCache<string, WordCount>>();

function countOf(word: string, lang: string): WordCount {
  let words = wordCounts.get(lang);
  if (!words) {
    words = new CappedCache();
    wordCounts.set(lang, words);
  }
  let count = words.get(word);
  if (!count) {
    const lower = word.toLowerCase();
    const vague = entry(VAGUE_QUANTITIES, lower);
    count = {
      vague,
      value: vague ?? (lower.length > 2 && numberish(lower, lang) ? wordValue(lower, lang) : null),
    };
    words.set(word, count);
  }
  return count;
}

/** Every number in the text, leftmost first; `tokens` are the text's, when it has been tokenized already. */
export function findNumbers(text: string, lang: string, tokens: Token[] = tokenize(text)): NumberSpan[] {
  const spans: NumberSpan[] = [];
  // exec on the one regex: matchAll would copy it for every sentence.
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    let raw = m[0];
    let start = m.index;
    const currency = /^[€$]\s?/.exec(raw);
    if (currency) {
      raw = raw.slice(currency[0].length);
    }
    raw = raw.trim();
    // Trailing groups split by a space are only thousands groups when exactly three digits long.
    if (/\s/.test(raw) && !/^\d{1,3}(?:\s\d{3})+$/.test(raw)) {
      raw = raw.split(/\s/)[0] ?? raw;
    }
    const rawEnd = m.index + m[0].indexOf(raw) + raw.length;
    const scale = scaleAfter(text, rawEnd, lang, currency !== null);
    const value = digitsValue(raw, lang, scale.factor > 1) * scale.factor;
    if (!Number.isFinite(value)) continue;
    const q = qualifierBefore(text, start);
    start = q.start;
    spans.push({
      value,
      text: text.slice(start, scale.end),
      start,
      end: scale.end,
      qualifier: q.qualifier,
      vague: false,
    });
  }
  const firsts = firstLetters(lang);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.letters) {
      // Number words have three letters or more.
      if (token.word.length > 2 && firsts.has(token.word.charCodeAt(0)))
        wordNumber(text, lang, token.word, token.start, token.end, spans);
      continue;
    }
    // Words of letters inside a token such as "25-year-old" or "government’s".
    WORDS.lastIndex = token.start;
    for (let m = WORDS.exec(text); m !== null && m.index < token.end; m = WORDS.exec(text)) {
      wordNumber(text, lang, m[0], m.index, m.index + m[0].length, spans);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** "tens of " or "hundreds of " right before a vague quantity: "tens of thousands". */
const MULTIPLIED = new RegExp(`\\b(${Object.keys(VAGUE_MULTIPLIERS).join('|')})\\s+of\\s+$`, 'i');

/** The number a word of letters writes ("dozens", "twenty-five", "drieduizend"), if any, into `spans`. */
function wordNumber(
  text: string,
  lang: string,
  word: string,
  start: number,
  end: number,
  spans: NumberSpan[],
): void {
  const { vague, value } = countOf(word, lang);
  if (value === null || value === undefined) return;
  // "een"/"ein"/"one" are articles far more often than numbers.
  if (value === 1) return;
  const scale = scaleAfter(text, end, lang);
  const many = vague !== undefined ? MULTIPLIED.exec(text.slice(Math.max(0, start - 16), start)) : null;
  const from = many ? start - many[0].length : start;
  const q = qualifierBefore(text, from);
  spans.push({
    value: value * scale.factor * (many ? (VAGUE_MULTIPLIERS[(many[1] ?? '').toLowerCase()] ?? 1) : 1),
    text: text.slice(q.start, scale.end),
    start: q.start,
    end: scale.end,
    qualifier: vague !== undefined ? 'at-least' : q.qualifier,
    vague: vague !== undefined,
  });
}
