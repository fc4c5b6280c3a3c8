/**
 * Whether the words that open a sentence form one noun phrase, its subject: "Premier Mark Rutte",
 * "Het proces tegen de relschoppers", "Der Gipfel der Staats- und Regierungschefs". A finite verb
 * right after such a phrase is the verb of the main clause (Dutch and German put it second). Words
 * that open a subordinate clause or send the verb before the subject ("Nachdem", "Daarna"), a
 * comma, or a verb-like word between two phrases ("De politie pakte de verdachte") rule it out:
 * then the word before a weekday may be an adverb or a noun, not the clause's verb.
 */
import type { VerbLang } from './present-verb.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const DETERMINERS: Record<VerbLang, ReadonlySet<string>> = {
  nl: words('de het een die dit deze zijn haar hun ons onze elk ieder geen'),
  de: words(
    'der die das den dem des ein eine einer eines einem einen sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere dieser diese dieses diesem diesen jeder jede jedes kein keine',
  ),
};

/** Prepositions and "and" that join phrases into one: "de minister van Justitie", "Der Prozess gegen …". */
const LINKS: Record<VerbLang, ReadonlySet<string>> = {
  nl: words('van uit in voor tegen met op bij aan namens over en ter'),
  de: words('von vom aus in im für gegen mit bei zum zur über und'),
};

const PRONOUNS: Record<VerbLang, ReadonlySet<string>> = {
  nl: words('hij zij ze het men'),
  de: words('er sie es man'),
};

/** Opening words after which no subject follows right away: subordinators and fronted adverbs. */
const OPENERS: Record<VerbLang, ReadonlySet<string>> = {
  nl: words(
    'omdat nadat toen als terwijl hoewel zodat voordat doordat wanneer nu sinds tot zodra indien of dat waar wat wie dan daarna vervolgens daarom intussen inmiddels ook nog toch gisteren vandaag morgen eerder later volgens al reeds',
  ),
  de: words(
    'nachdem als wenn weil da dass ob obwohl während bevor seit seitdem sobald damit sodass falls indem wie wo bis nun dann danach daraufhin deshalb trotzdem zudem außerdem inzwischen gestern heute morgen zuvor später zuletzt bereits schon auch noch laut nach zwar doch',
  ),
};

type Part = 'determiner' | 'link' | 'name' | 'word';

const QUOTES = /^[„"“”'‘’«»([]+|[„"“”'‘’«»)\]]+$/gu;
const BREAK = /[,;:]|^[–—-]$/u;
const CAPITAL = /^[\p{Lu}\p{N}]/u;

function partOf(lang: VerbLang, word: string, first: boolean): Part {
  const capital = CAPITAL.test(word);
  const lower = word.toLowerCase();
  if ((first || !capital) && DETERMINERS[lang].has(lower)) return 'determiner';
  if (!capital && LINKS[lang].has(word)) return 'link';
  return capital ? 'name' : 'word';
}

/** Dutch inflects an adjective before its noun ("het nieuwe kabinet"): a noun between two words ends a phrase. */
function modifies(lang: VerbLang, word: string): boolean {
  return lang === 'nl' && /(?:e|en)$/u.test(word);
}

/** A weak simple past looks like a Dutch noun in -de/-te: "De politie pakte …" is no phrase. */
const PAST_LIKE = /(?:de|te|den|ten)$/u;

/** Whether `text`, the start of a sentence, is one noun phrase. */
export function isSubjectPhrase(lang: VerbLang, text: string): boolean {
  const raw = text.split(/\s+/u).filter((w) => w !== '');
  if (raw.length === 0 || raw.length > 8 || raw.some((w) => BREAK.test(w))) return false;
  const tokens = raw.map((w) => w.replace(QUOTES, '')).filter((w) => w !== '');
  const first = tokens[0]?.toLowerCase() ?? '';
  if (OPENERS[lang].has(first)) return false;
  if (tokens.length === 1 && PRONOUNS[lang].has(first)) return true;
  const parts = tokens.map((w, i) => partOf(lang, w, i === 0));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const before = parts[i - 1];
    const after = parts[i + 1];
    const word = tokens[i] ?? '';
    if (part === 'determiner') {
      // Inside a name ("Hugo de Jonge", "der Staats- und Regierungschefs") or opening a phrase.
      if (after !== 'name' && after !== 'word') return false;
      if ((before === 'name' || before === 'word') && after !== 'name') return false;
      if (before === 'word') return false;
    } else if (part === 'link') {
      if ((before !== 'name' && before !== 'word') || after === undefined || after === 'link') return false;
    } else if (part === 'word') {
      if (!wordFits(lang, word, tokens[i - 1] ?? '', before, after)) return false;
    }
  }
  const last = parts[parts.length - 1];
  return last === 'name' || (lang === 'nl' && last === 'word');
}

/** A lower-case word: an adjective before its noun, a Dutch noun, or a title before a name. */
function wordFits(
  lang: VerbLang,
  word: string,
  previous: string,
  before: Part | undefined,
  after: Part | undefined,
): boolean {
  if (lang === 'de') return (after === 'name' || after === 'word') && before !== 'name';
  if (before === 'name' && !modifies(lang, previous)) return false;
  if (before === 'word' && !modifies(lang, previous)) return false;
  if (after === 'name') return true;
  // Right after its article a word in -de/-te is the noun, no verb: "De verdachte wordt vrijdag …".
  if (before === 'determiner' && after === undefined) return true;
  return after === 'word' ? modifies(lang, word) : !PAST_LIKE.test(word);
}
