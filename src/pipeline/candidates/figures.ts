import type { PlacedFigure } from './placed-figure.ts';
import type { EventLexicon } from './lexicon.ts';
import { compilePattern, type Pattern } from './match.ts';
import { tokenize, type Token } from './tokenize.ts';
import { findNumbers, type NumberSpan } from './numbers.ts';
import { markRanges } from './ranges.ts';
import { CappedCache } from '../capped-cache.ts';
import { perObject } from '../per-object.ts';
import { wordSet } from './word-set.ts';
import { addsToTally } from './increments.ts';
import { joinedToOne } from './joined-to-one.ts';
import { perfectVictims, relativeVictims, rightAfter, tallyOfDead, withoutLink } from './tally-of-dead.ts';
import { figureMeasure } from './measure.ts';
import { countsSurvivors, wholeAfter } from './partitive.ts';
import { PART_OF_DEAD } from './toll-unknown.ts';
import { afterFraction } from './fraction-of.ts';
import { sharedOutByPlace } from './place-shares.ts';
import { givesAge } from './age.ts';
import { othersPassive, passiveVictims } from './passive-victims.ts';
import { countsResidents } from './residents.ts';
import { carriedGroup } from './carried-group.ts';
import { percentFigure } from './percent-figure.ts';
import { listedPart, PART_OF } from './listed-part.ts';
import { brokenDown } from './broken-down.ts';
import { nationAmong, nationMeasure } from './nationals-among.ts';
import { allOfGroups } from './all-of-groups.ts';
import { tollSetAmong } from './among-toll.ts';
import { nounFollows } from './noun-follows.ts';
import { tellsHour } from './clock-number.ts';

export type { PlacedFigure } from './placed-figure.ts';

/** Words a count noun may sit behind: "2,500 Russian troops", "25 licenses for". */
const LOOKAHEAD = 3;

/** The lexicon's count nouns, and the noun each word seen so far is a form of (null for none). */
interface CountNouns {
  counts: { noun: string; patterns: Pattern[] }[];
  /** The nouns of money ("francs", "euros"). */
  amounts: Set<string>;
  /** The words that count only where no noun follows them ("Deutsche"). */
  bare: Set<string>;
  byWord: CappedCache<string, string | null>;
}

function nounOf(word: string, nouns: CountNouns): string | null {
  let noun = nouns.byWord.get(word);
  if (noun === undefined) {
    noun =
      nouns.counts.find((c) => c.patterns.some((p) => p.parts[0] && !p.parts[0].gap && p.parts[0].test(word)))
        ?.noun ?? null;
    nouns.byWord.set(word, noun);
  }
  return noun;
}

/** Punctuation that ends a count: "wounding six, police said" counts no police. */
const COUNT_BREAK = /[,;:!?()]/;

/**
 * Words that open another clause, which a count does not reach into: "raised the toll to 115 as
 * emergency workers searched the ruins" counts no workers.
 */
const CLAUSE_OPENERS = new Set(
  'as while when whereas because terwijl toen omdat nadat während nachdem weil wobei'.split(' '),
);

function countNoun(
  text: string,
  tokens: Token[],
  from: number,
  nouns: CountNouns,
  after = -1,
  lang = '',
): string | null {
  for (let i = from; i < Math.min(tokens.length, from + LOOKAHEAD); i++) {
    const token = tokens[i];
    if (!token) break;
    const gapStart = i > from ? (tokens[i - 1] as Token).end : after;
    if (gapStart >= 0 && COUNT_BREAK.test(text.slice(gapStart, token.start))) break;
    if (CLAUSE_OPENERS.has(token.word)) break;
    const noun = nounOf(token.word, nouns);
    // "27 were Australian" tells what they were, no noun counted.
    if (nouns.bare.has(token.word) && (i > from || nounFollows(text, tokens, i, lang))) continue;
    if (noun === 'people' && MEMBERS.has(token.word)) return ofWhom(tokens, i + 1, nouns) ?? noun;
    if (noun === 'people' && currencyAfter(tokens, i + 1, nouns))
      return nounOf((tokens[i + 1] as Token).word, nouns);
    if (noun !== null) return noun;
  }
  return null;
}

/** "3 billion Swiss francs": a nationality before the money's noun is the currency's, no people. */
function currencyAfter(tokens: Token[], at: number, nouns: CountNouns): boolean {
  const next = tokens[at];
  if (!next) return false;
  const noun = nounOf(next.word, nouns);
  return noun !== null && nouns.amounts.has(noun);
}

/** Nouns of those who belong to a body: "members of the security forces". */
const MEMBERS = new Set(['members', 'leden', 'mitglieder', 'mitgliedern']);
/** "of (the)", "van (de)", "der", "von (den)" after such a noun. */
const OF = new Set(['of', 'van', 'der', 'von']);
const ARTICLE = new Set(['the', 'de', 'het', 'den', 'der', 'des']);

/**
 * The count noun of the body members belong to: "13 members of the security
 * forces", "leden van de veiligheidstroepen" count police and soldiers, not people at large.
 */
function ofWhom(tokens: Token[], at: number, nouns: CountNouns): string | null {
  if (!OF.has((tokens[at] as Token | undefined)?.word ?? '')) return null;
  let i = at + 1;
  if (ARTICLE.has((tokens[i] as Token | undefined)?.word ?? '')) i++;
  const token = tokens[i];
  if (!token) return null;
  const noun = nounOf(token.word, nouns);
  return noun === 'people' ? null : noun;
}

/** Words after "of"/"van"/"von" that still count people: "thousands of them", "Tausende von ihnen". */
const PERSONAL = new Set(['them', 'whom', 'us', 'those', 'hen', 'ons', 'wie', 'ihnen', 'uns', 'denen']);

/** Unicode property escapes are module constants: tsx compiles each such literal to a `new RegExp` call. */
const LETTER_FIRST = /^\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Units of weight, volume and length: Dutch writes them lowercase right after a vague number
 * ("enkele honderden kilo's explosieven"), where no "of" or capital tells a noun of its own.
 */
const UNIT =
  /^(?:kilo(?:gram(?:s|men)?)?(?:['’]?s)?|kg|tons?|tonnen|tonnes?|lit(?:er|re)s?|kubieke|cubic|(?:kilo)?(?:meter|metre)s?|km|mijl|miles?)$/;

/**
 * A vague number that counts a noun of its own, one not listed as a count noun: "thousands of
 * buildings", "duizenden van de woningen", German "Tausende Gebäude", a unit ("honderden kilo's").
 * It counts that noun, not people (nor the nearest noun before it), so it is no figure. A
 * capitalised word after "of" in English or Dutch is a people ("thousands of Kurds").
 */
function countsOtherNoun(text: string, tokens: Token[], after: number, lang: string): boolean {
  const next = tokens[after];
  if (!next) return false;
  if (UNIT.test(next.word)) return true;
  const written = (t: Token): string => text.slice(t.start, t.end);
  if (/^(?:of|van|von)$/.test(next.word)) {
    let noun = tokens[after + 1];
    if (noun && /^(?:the|de|het|den|der|die|these|those|deze)$/.test(noun.word)) noun = tokens[after + 2];
    if (!noun || !LETTER_FIRST.test(noun.word) || PERSONAL.has(noun.word)) return false;
    return lang === 'de' || !CAPITALISED.test(written(noun));
  }
  return lang === 'de' && CAPITALISED.test(written(next));
}

const countsOf = perObject((lexicon: EventLexicon): CountNouns => ({
  counts: lexicon.counts.map((e) => ({ noun: e.noun, patterns: e.stems.map(compilePattern) })),
  amounts: new Set(lexicon.counts.filter((e) => e.amount).map((e) => e.noun)),
  bare: new Set(lexicon.counts.flatMap((e) => (e.bare ? e.stems : []))),
  byWord: new CappedCache(),
}));

/**
 * Numbers with the noun they count. A number with no count noun after it ("2,500 of whom")
 * takes the nearest count noun before it; one told as killed or wounded ("injured about 5,000",
 * "rund 6000 wurden verletzt") counts people; a vague one ("thousands protested") counts people
 * unless a noun of its own follows; numbers that count nothing known are dropped.
 */
export function findFigures(
  text: string,
  lang: string,
  kind: string,
  lexicon: EventLexicon,
  tokens: Token[] = tokenize(text),
): PlacedFigure[] {
  const counts = countsOf(lexicon);
  const numbers = findNumbers(text, lang, tokens);
  if (numbers.length > 1) markRanges(text, numbers);
  const result: PlacedFigure[] = [];
  const survivors = wordSet(lexicon.survivorVerbs);
  const residents = wordSet(lexicon.residentVerbs);
  let whole: NumberSpan | undefined;
  // Whether the sentence gives a toll, which counts of "others" are parts of: asked once, when needed.
  let besideToll: boolean | undefined;
  const ownNoun = (from: number): boolean =>
    countNoun(text, tokens, from, counts, (tokens[from - 1] as Token).end, lang) !== null;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as NumberSpan;
    if (n === whole || givesAge(text, n.end) || tellsHour(text, n.end)) continue;
    if (PART_OF_DEAD.test(text.slice(n.end, n.end + 24))) continue;
    if (
      numbers.some(
        (o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start,
      )
    )
      continue;
    const percent = percentFigure(text, tokens, n);
    if (percent) {
      result.push(percent);
      continue;
    }
    const currency = /[€$]/.exec(n.text)?.[0];
    let noun: string | null = currency === '€' ? 'euros' : currency === '$' ? 'dollars' : null;
    // "five of the six crew members": the part counts what the noun after the whole names.
    whole = wholeAfter(text, numbers, i);
    const nounEnd = whole?.end ?? n.end;
    const after = tokens.findIndex((t) => t.start >= nounEnd);
    if (!noun) noun = countNoun(text, tokens, after < 0 ? tokens.length : after, counts, nounEnd, lang);
    if ((noun === null || noun === 'people') && after >= 0 && !whole)
      noun = carriedGroup(text, tokens, n, after, result, lexicon, ownNoun) ?? noun;
    const partAfter = !noun && OF_THEM.test(text.slice(n.end, n.end + 16));
    if (partAfter) {
      const before = tokens.filter((t) => t.end <= n.start);
      for (let i = before.length - 1; i >= 0 && !noun; i--)
        noun = countNoun(text, before, i, counts, -1, lang);
    }
    let number = n;
    let tally = false;
    const tallyAt = !noun || noun === 'people' ? tallyOfDead(text, tokens, n, lexicon) : -1;
    if (tallyAt >= 0) {
      number = withoutLink(n);
      noun = 'people';
      tally = true;
    }
    const others = !noun && othersPassive(text, tokens, n, lexicon);
    if (
      !noun &&
      (others || rightAfter(text, tokens, n, lexicon.victimVerbs) || passiveVictims(text, tokens, n, lexicon))
    )
      noun = 'people';
    if (noun === 'people' && !tally)
      tally =
        rightAfter(text, tokens, n, lexicon.tallyVerbs) ||
        perfectVictims(text, tokens, n, lexicon) ||
        relativeVictims(text, tokens, n, lexicon);
    if (!noun && n.vague && !countsOtherNoun(text, tokens, after < 0 ? tokens.length : after, lang))
      noun = 'people';
    if (!noun) continue;
    const end = after < 0 ? tokens.length : after;
    let first = end;
    while (first > 0 && (tokens[first - 1] as Token).end > n.start) first--;
    besideToll ??= numbers.some((o) => tallyOfDead(text, tokens, o, lexicon) >= 0);
    const more = !others && addsToTally(text, tokens, first - 1, end, besideToll);
    const nation =
      noun === 'people' && !tally ? nationAmong(text, tokens, after, lexicon.nations) : undefined;
    const figure = placed(number, noun, kind, text, result.at(-1), partAfter, more, nation);
    if (sharedOutByPlace(text, n, numbers) || joinedToOne(text, n)) figure.share = true;
    if (!nation && tollSetAmong(text, n.start)) figure.amongToll = true;
    const previous = result.at(-1);
    if (previous && allOfGroups(text, previous, n)) figure.share = previous.share = true;
    const counted = countsSurvivors(text, tokens, n, survivors)
      ? { ...figure, survived: true as const }
      : countsResidents(text, tokens, n, residents) || afterFraction(text, n.start)
        ? { ...figure, resident: true as const }
        : figure;
    result.push(tally ? { ...counted, tally: true, ...(tallyAt >= 0 ? { tallyAt } : {}) } : counted);
  }
  return result;
}

/** Words after a number that make it a part of the figure before: "five of them in serious condition". */
const OF_THEM = /^\s*(?:of whom|of them|van hen|van wie|daarvan|von ihnen|davon)\b/i;

function placed(
  n: NumberSpan,
  noun: string,
  kind: string,
  text: string,
  before: PlacedFigure | undefined,
  partAfter: boolean,
  more: boolean,
  nation: string | undefined,
): PlacedFigure {
  const from = Math.max(0, n.start - 16);
  const opener = PART_OF.exec(text.slice(from, n.start));
  // "Mehrere Menschen wurden verletzt, darunter zwei Polizisten": a part of a whole told without a
  // number is no total either; it counts from where its opener stands.
  const whole =
    before !== undefined &&
    (partAfter || opener !== null || listedPart(text, before, n) || brokenDown(text, before, n))
      ? (before.whole ?? before.start)
      : opener === null
        ? undefined
        : from + opener.index;
  const counts = nationMeasure(figureMeasure(kind, more ? { noun, more: true } : { noun }), nation);
  return {
    figure: { value: n.value, counts, text: n.text, qualifier: n.qualifier },
    noun,
    vague: n.vague,
    ...(whole === undefined ? {} : { whole }),
    ...(whole !== undefined && partAfter ? { ofThem: true as const } : {}),
    ...(more ? { more: true as const } : {}),
    ...(nation === undefined ? {} : { nation }),
    start: n.start,
    end: n.end,
  };
}
