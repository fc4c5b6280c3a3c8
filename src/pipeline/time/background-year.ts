/**
 * A year that says which thing a relative clause speaks of ("Krasikov, who was serving a life
 * sentence for the 2019 murder …"): the history of someone named, not when the sentence's
 * happening took place. English only: Dutch and German put such a year after the noun with a
 * preposition ("de moord uit 2019", "der Mord von 2019"), which as often dates the happening.
 * In every language, the year since which someone named has lived somewhere, and the year that
 * names an agreement or a law ("das Abkommen von 1974") or the accounts of a year ("die Bilanz 2019").
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

const RELATIVE = /,\s*(?:who|whom|whose|which)\s/i;
const DETERMINER = /\b(?:the|a|an|its|his|her|their)\s+$/i;
const WRITTEN_YEAR = /^\d{4}$/;
const LOWERCASE_WORD = /^\s+\p{Ll}/u;

/** A relative clause (German and Dutch ones after a comma, their pronouns being articles too), up to the year. */
const ANY_RELATIVE = /(?:,\s*(?:der|die|das|welcher|welche|dat|wie)|(?<![\p{L}])(?:who|which))\s[^,;]*$/iu;
const SINCE = /(?:since|seit|sinds)\s+$/i;
/** Where someone has lived or worked: a state that runs up to now, no happening. */
const DWELLS =
  /^[^,;.]*?(?<![\p{L}])(?:lives|lived|living|works|worked|lebt|lebte|wohnt|wohnte|arbeitet|arbeitete|woont|woonde|werkt|werkte)(?![\p{L}])/iu;
const LIVES_BEFORE = /(?<![\p{L}])(?:lived|worked|living|working)(?![\p{L}])[^,;]*$/iu;

/**
 * "…, a 50-year-old doctor who has lived in Germany since 2006", ", der seit 2006 in Deutschland
 * lebt", ", die sinds 2006 in Nederland woont": how long someone named has lived or worked
 * somewhere, not when the sentence's happening took place.
 */
function dwellsSince(sentence: string, t: Timex): boolean {
  const before = sentence.slice(0, t.start);
  if (!SINCE.test(before) || !ANY_RELATIVE.test(before)) return false;
  return DWELLS.test(sentence.slice(t.end)) || LIVES_BEFORE.test(before);
}

/** Nouns of a document a year names ("the 1974 agreement", "das Abkommen von 1974", "het verdrag van 1974"); German compounds end in them. */
const DOCUMENT =
  '(?:agreements?|accords?|treaty|treaties|pact|convention|constitution|resolution|charter|akkoord|verdrag|overeenkomst|grondwet|resolutie|abkommen|vertrag|verfassung|konvention|charta)';
/** The document, up to three words ("mit Syrien"), then "of", "van", "von"… right before the year. */
const DOCUMENT_BEFORE = new RegExp(
  `${DOCUMENT}(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:of|from|van|uit|von|aus)\\s+(?:(?:the|het|dem)\\s+(?:year|jaar|jahr)\\s+)?$`,
  'iu',
);
/** "the 1974 disengagement agreement": the year before the document's noun, one word between at most. */
const DOCUMENT_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?${DOCUMENT}(?![\\p{L}])`, 'iu');

/**
 * A year that names which agreement or law is meant ("erklärte das Abkommen von 1974 für
 * hinfällig", "a violation of the 1974 agreement"): when it was signed, not when the sentence's
 * news happened. A year before some other noun or after "in" still dates it ("the floods of 2021").
 */
function namesDocument(sentence: string, t: Timex): boolean {
  return (
    DOCUMENT_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start)) ||
    (DETERMINER.test(sentence.slice(Math.max(0, t.start - 8), t.start)) &&
      DOCUMENT_AFTER.test(sentence.slice(t.end, t.end + 40)))
  );
}

/** Accounts of a financial year: which year they cover, not when they were signed or published. */
const ACCOUNTS =
  '(?:accounts|annual\\s+(?:report|results|accounts)|results|balance\\s+sheet|financial\\s+statements|jaarrekening|jaarcijfers|jaarverslag|jaarresultaten|bilanz|jahresbilanz|jahresabschluss|geschäftsbericht|geschäftszahlen|jahreszahlen)';
/** "de jaarrekening over 2019", "die Bilanz 2019", "the accounts for 2019". */
const ACCOUNTS_BEFORE = new RegExp(`${ACCOUNTS}\\s+(?:(?:for|over|van|für)\\s+)?$`, 'iu');
/** "its 2019 accounts", "the 2019 annual report". */
const ACCOUNTS_AFTER = new RegExp(`^\\s+${ACCOUNTS}(?![\\p{L}])`, 'iu');

const QUARTER = /-Q[1-4]$/;
/**
 * "reported a loss for the second quarter", "Umsatz im zweiten Quartal", "winst over het derde
 * kwartaal": the quarter whose figures are told, not when the sentence's news happened.
 */
const QUARTER_FIGURES_BEFORE = new RegExp(
  `(?:${ACCOUNTS}|loss|profit|revenue|earnings|sales|verlies|winst|omzet|verlust|gewinn|umsatz)(?:\\s+[^\\s,;.]+){0,4}?(?:\\s+(?:for|in|over|in\\s+het|für|im))?\\s+$`,
  'iu',
);

/**
 * A year that says which accounts are meant ("EY refused to sign off its 2019 accounts", "das
 * Testat für die Bilanz 2019 verweigert"): the financial year, not when the sentence's news
 * happened, nor when any happening of it did.
 */
export function namesAccounts(sentence: string, t: Timex): boolean {
  if (QUARTER.test(t.value))
    return QUARTER_FIGURES_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start));
  if (t.precision !== 'year' || !WRITTEN_YEAR.test(t.text)) return false;
  return (
    ACCOUNTS_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start)) ||
    (DETERMINER.test(sentence.slice(Math.max(0, t.start - 8), t.start)) &&
      ACCOUNTS_AFTER.test(sentence.slice(t.end, t.end + 40)))
  );
}

/**
 * Whether `t` is a year before a noun ("the 2019 murder") inside a relative clause, the year
 * since which someone named in one has lived or worked somewhere, or the year of an agreement or
 * of accounts.
 */
export function isBackgroundYear(lang: Lang, sentence: string, t: Timex): boolean {
  if (t.precision !== 'year' || !WRITTEN_YEAR.test(t.text)) return false;
  if (dwellsSince(sentence, t) || namesDocument(sentence, t) || namesAccounts(sentence, t)) return true;
  if (lang !== 'en') return false;
  const before = sentence.slice(0, t.start);
  return DETERMINER.test(before) && RELATIVE.test(before) && LOWERCASE_WORD.test(sentence.slice(t.end));
}
