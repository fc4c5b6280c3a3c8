/**
 * Capitalised words that no pass resolved: runs of them are candidate proper names, kept as
 * mentions of kind 'unknown' rather than dropped.
 */
import { acronymActs, acronymNamed, articleBeforeAcronym, isAcronym } from './acronyms.ts';
import { isInquiryObject } from './inquiry-objects.ts';
import { opensClause } from './known.ts';
import { opensEnglishCompound } from './common-compound.ts';
import { derivedFromKnown, isDutchPlaceAdjective } from './derived-from-known.ts';
import { dutchAdjectiveBeforeNoun, qualifiesNoun } from './proper-adjective.ts';
import { isCommonWord } from './common-words.ts';
import { isDutchCompound, isWordOf } from './lexicon.ts';
import type { EntityModel } from './model.ts';
import {
  compoundEnd,
  endsRoleCompound,
  isFunctionWord,
  isGermanApposition,
  isGermanCompassNoun,
  isHyphen,
  isNameParticle,
  isPlaceParticle,
  isPersonTitle,
  isQuantityWord,
  isRoleWord,
} from './name-edges.ts';
import { isRegionAdjective } from './place-cues.ts';
import { isDutchPortfolio } from './dutch-portfolio.ts';
import { familyNameAt, givenNameSyllable } from './family-names.ts';
import { joinsName, type Token } from './text.ts';
import {
  countedAfterNumber,
  isGermanWomansRole,
  opensGermanNounBeforeName,
  opensGermanAppositionAfterAdjective,
} from './german-common-nouns.ts';
import { opensGermanCompoundNoun } from './german-noun-phrases.ts';

const LETTER = /\p{L}/u;

function startsRun(t: Token | undefined, covered: Uint8Array, i: number): boolean {
  if (t === undefined || covered[i] || !t.capitalised) return false;
  // A capital in ASCII is a letter; beyond it a numeral may have case too (Roman "Ⅻ").
  return t.text.charCodeAt(0) < 128 || LETTER.test(t.text);
}

const ARABIC_ARTICLES = new Set(['al', 'el']);

/** "Bashar al-Assad", "Bab al-Hawa", "Sharm el-Sheikh": the article, bound by its hyphen, is part of the name. */
function arabicArticle(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  return t !== undefined && ARABIC_ARTICLES.has(t.text) && isHyphen(text.slice(t.end, t.end + 1));
}

/**
 * "Dammartin-en-Goële", "Aix-en-Provence", "Boulogne-sur-Mer", "Saint-Martin-de-Ré": a short
 * lowercase word bound by hyphens on both sides between capitalised ones is inside one name.
 */
const HYPHENED_PARTICLES = new Set(
  'en sur sous lès lez le la les de du des aux au upon on am an ob'.split(' '),
);

function hyphenedParticle(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return (
    t !== undefined &&
    before !== undefined &&
    HYPHENED_PARTICLES.has(t.text) &&
    isHyphen(text.slice(before.end, t.start)) &&
    isHyphen(text.slice(t.end, t.end + 1))
  );
}

/** Tokens `from` to `to` (inclusive) are joined as in a name. */
function spaced(tokens: Token[], text: string, from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++) {
    if (!joinsName(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))) return false;
  }
  return true;
}

/**
 * Maximal runs [first, end) of capitalised tokens not yet covered, joined as in a name. Lowercase
 * particles join the run so far to the next capitalised word ("Piet de Vries") when
 * `beforeParticle(first, end)` says that run can go on that way; a town's particle ("Črna na
 * Koroškem") when `placeRun(first, end)` says the run names a place; an article or particle bound
 * by hyphens ("Bashar al-Assad", "Dammartin-en-Goële") always.
 */
export function capitalisedRuns(
  tokens: Token[],
  text: string,
  covered: Uint8Array,
  beforeParticle: (first: number, end: number) => boolean = () => false,
  placeRun: (first: number, end: number) => boolean = () => false,
): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const inRun = startsRun(t, covered, i);
    const joined =
      inRun && start !== -1 && joinsName(text.slice((tokens[i - 1] as Token).end, (t as Token).start));
    if (inRun && (start === -1 || joined)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1 && start < i - 1 && givenNameSyllable(tokens, text, i)) {
      runs.push([start, i + 1]);
      start = -1;
      continue;
    }
    if (start !== -1 && !inRun) {
      let k = i;
      while (k < tokens.length && k - i < 3 && !covered[k] && isNameParticle((tokens[k] as Token).norm)) k++;
      const article =
        k === i && !covered[i] && (arabicArticle(tokens, text, i) || hyphenedParticle(tokens, text, i));
      if (article) k++;
      const town = k === i && !covered[i] && isPlaceParticle(tokens[i]?.norm ?? '') && placeRun(start, i);
      if (town) k++;
      if (
        k > i &&
        startsRun(tokens[k], covered, k) &&
        !tokens[k]?.allCaps &&
        spaced(tokens, text, i - 1, k) &&
        (article || town || beforeParticle(start, i))
      ) {
        i = k;
        continue;
      }
    }
    if (start !== -1) runs.push([start, i]);
    start = inRun ? i : -1;
  }
  return runs;
}

/**
 * A title, also as the end of a German compound ("Premierminister", "Außenministerin") and
 * declined before a name ("des Regionalpräsidenten Carlos Mazón", "des Kanzlers Olaf Scholz").
 */
export function isTitle(model: EntityModel, norm: string): boolean {
  if (isTitleForm(model, norm)) return true;
  if (norm.length < DECLINED_LENGTH) return false;
  if (norm.endsWith('en')) return isTitleForm(model, norm.slice(0, -2));
  return norm.endsWith('s') && isTitleForm(model, norm.slice(0, -1));
}

/** Shorter than this, a word ending so is no declined title: "Jens", "Karen". */
const DECLINED_LENGTH = 8;

function isTitleForm(model: EntityModel, norm: string): boolean {
  if (model.roles.titleWords.has(norm) || isPersonTitle(norm)) return true;
  const long = model.roles.longTitleWords;
  for (let k = 0; k < long.length; k++) {
    const w = long[k] as string;
    if (norm.length <= w.length) continue;
    if (norm.endsWith(w) || (norm.endsWith('in') && norm.endsWith(w, norm.length - 2))) return true;
  }
  return false;
}

/** A title word inside the run [i, end) with at least two words of a name after it. */
function laterTitle(model: EntityModel, tokens: Token[], i: number, end: number): number | undefined {
  for (let k = end - 3; k > i + 1; k--) if (isTitle(model, (tokens[k] as Token).norm)) return k;
  return undefined;
}

/**
 * Leading words of a run that are titles, function words or ordinary words ("President", "The",
 * "On", "Verdi-Chef", German "Die Gewerkschaften" before "Verdi").
 */
export function stripLeading(
  model: EntityModel,
  tokens: Token[],
  text: string,
  run: { first: number; end: number; language: string },
): number {
  const { end, language } = run;
  let i = run.first;
  // "Verdi-Chef Frank Werneke": everything up to a role compound is the title.
  for (let k = i + 1; k < end - 1; k++) if (endsRoleCompound(tokens, text, k)) i = k + 1;
  while (i < end) {
    const t = tokens[i] as Token;
    // After a person's title the name begins, even with a word that is also vocabulary ("Minister
    // Piet"), also after a lowercase Dutch or German title before the run ("burgemeester Jan van Zanen").
    // A title of two words goes on: "Prime Minister Giorgia Meloni".
    if (i > 0 && isPersonTitle((tokens[i - 1] as Token).norm) && !isTitle(model, t.norm)) break;
    // "Maryland Governor Wes Moore", "Schleswig-Holsteins Ministerpräsident Daniel Günther": a name
    // (hyphenated too) before a title says whose title it is.
    const title = compoundEnd(tokens, text, i, end) + 1;
    if (title + 1 < end && isTitle(model, (tokens[title] as Token).norm)) {
      i = title;
      continue;
    }
    // "Senate Minority Leader Mitch McConnell": a longer qualifier, when a full name (two words at
    // least) follows the title, so that "Martin Luther King Jr" keeps its "King".
    const later = laterTitle(model, tokens, i, end);
    if (later !== undefined) {
      i = later;
      continue;
    }
    // "mehr als 250.000 Menschen Abschied …": the German noun a number counts opens no name.
    if (language === 'de' && i === run.first && i + 1 < end && countedAfterNumber(tokens, i)) {
      i++;
      continue;
    }
    if (isQuantityWord(t.norm)) {
      // "Tausende Häuser": the German noun counted is capitalised too, and no name.
      i = Math.min(end, i + (language === 'de' ? 2 : 1));
      continue;
    }
    // "De PVV": the article before an acronym is no name particle ("De Jong").
    if (isFunctionWord(t.norm) || isTitle(model, t.norm) || articleBeforeAcronym(tokens, i, end)) i++;
    // "die Suezkanal-Behörde", "per E-Mail", "Dax-Konzern", "IT-Vorfall": the whole compound is a common noun.
    else if (language === 'de' && opensGermanCompoundNoun(model, tokens, text, i, end))
      i = compoundEnd(tokens, text, i, end) + 1;
    // "Die IG Metall": an acronym opens the name, though its letters spell a word somewhere.
    else if (t.allCaps && i + 1 < end) break;
    // "Oppositionsführer Lewan Beridse", "Buitenlandchef Kaja Kallas": a role compound is a title.
    else if (i + 1 < end && isRoleWord(t.norm)) i++;
    else if (language === 'de' && i + 1 < end && isGermanApposition(tokens, i)) i++;
    else if (language === 'de' && i + 1 < end && opensGermanAppositionAfterAdjective(tokens, i)) i++;
    else if (language === 'de' && i + 1 < end && isGermanWomansRole(t.norm)) i++;
    else if (language === 'de' && i + 1 < end && opensGermanNounBeforeName(tokens, i, end)) i++;
    // "im Osten Spaniens": the region of the name after it.
    else if (language === 'de' && i + 1 < end && isGermanCompassNoun(t.norm)) i++;
    // "in het Limburgse Meerssen": Dutch capitalises the region's adjective before the town.
    else if (language === 'nl' && i + 1 < end && isRegionAdjective(tokens, text, i, language)) i++;
    else if (model.lexicon.proper.has(t.norm) && i + 1 < end) break;
    // "Christian Lindner", "Stefan Weil" in German or Dutch: an English adjective's form there (the
    // lexicon takes capitalised "-ian", "-an" words for adjectives) is a given name, not vocabulary.
    else if (language !== 'en' && i + 1 < end && foreignAdjectiveForm(model, t.norm, language)) break;
    // "TUI cancelled": an acronym that acts is a name, though its letters spell a word ("tui", a bird).
    else if (t.allCaps && acronymActs(model, tokens, text, i)) break;
    // "Minister van Burgerluchtvaart Ram Mohan Naidu": a portfolio, not the name's front.
    else if (
      language === 'nl' &&
      i + 1 < end &&
      isDutchPortfolio(tokens, i, (norm) => isTitle(model, norm), model.lexicon)
    )
      i++;
    // After a role compound the name begins too: "Armeechef Waker-Uz-Zaman" keeps "Waker", though
    // Dutch has the word "waker" (asked only of such a word: most of a run is no vocabulary).
    else if (
      isCommonWord(t.norm, model.lexicon) &&
      !(i > 0 && isRoleWord((tokens[i - 1] as Token).norm)) &&
      !(i > 0 && language === 'de' && isGermanWomansRole((tokens[i - 1] as Token).norm)) &&
      !isInquiryObject(tokens, text, i, language)
    )
      i++;
    else break;
  }
  return Math.min(i, Math.max(run.first, familyNameAt(tokens, end)));
}

/** An English adjective's form ("christian", "stefan") that is no word of the text's language (Dutch "jan"). */
function foreignAdjectiveForm(model: EntityModel, norm: string, language: string): boolean {
  const lexicon = model.lexicon;
  return lexicon.adjectives.has(norm) && !(language === 'nl' && isWordOf(norm, lexicon, 'nl'));
}

/**
 * Whether tokens [first, end) read as a proper name nobody listed. A single word must not be
 * ordinary vocabulary, an acronym or a date; in German, where every noun is capitalised, a single
 * word counts only after a title.
 */
export function isUnknownName(
  model: EntityModel,
  tokens: Token[],
  text: string,
  first: number,
  end: number,
  opts: { language: string; titled: boolean; timexes: readonly { start: number; end: number }[] },
): boolean {
  const run = tokens.slice(first, end);
  if (run.some((t) => opts.timexes.some((x) => t.start < x.end && t.end > x.start))) return false;
  if (run.length >= 2) {
    // A given name or a title before ordinary words still makes a person: "(President) John Hale".
    const [given, second] = run;
    // A run ends in lowercase only with a hyphenated given name: "Han Dong-hoon" is a person.
    if (opts.titled || !(run[run.length - 1] as Token).capitalised) return true;
    if (
      run.length === 2 &&
      given &&
      second &&
      !given.allCaps &&
      !second.allCaps &&
      model.lexicon.proper.has(given.norm)
    ) {
      const adjective = model.lexicon.adjectives.has(given.norm) || model.lexicon.adjectives.has(second.norm);
      return !adjective && !isNameParticle(given.norm) && !isFunctionWord(given.norm);
    }
    // "Security Service", "Central Asian": ordinary words in a capitalised phrase, not a name.
    return !run.every(
      (t) =>
        isCommonWord(t.norm, model.lexicon) ||
        t.allCaps ||
        (opts.language === 'nl' && isDutchPlaceAdjective(model, t.norm)),
    );
  }
  const t = run[0];
  // "die Großbank HSBC": after a noun in apposition, as after a title, an acronym is a name.
  if (t && isAcronym(t))
    return opts.titled || acronymNamed(model, tokens, text, first) || acronymActs(model, tokens, text, first);
  if (!t || t.allCaps || t.text.length < 3 || derivedFromKnown(model, t.norm)) return false;
  if (opensEnglishCompound(tokens, text, first, opts.language, model.lexicon)) return false;
  // "a probe into Shell": capitalised after an inquiry, an ordinary word names whoever is investigated.
  if (isCommonWord(t.norm, model.lexicon)) return isInquiryObject(tokens, text, first, opts.language);
  if (opts.language === 'nl' && isDutchCompound(t.norm, model.lexicon)) return false;
  if (opts.titled) return true;
  if (opts.language === 'de') return false;
  if (dutchAdjectiveBeforeNoun(tokens, text, first, opts.language)) return false;
  if (model.lexicon.proper.has(t.norm) && qualifiesNoun(tokens, first, opts.language)) return false;
  return !(opensClause(tokens, text, first) && model.names.has(t.norm));
}
