import { segment } from 'sentencex';
import type { CleanArticle, SegmentedArticle, Sentence } from './types.ts';
import { datelineAt } from './dateline.ts';
import { cutBeforeCounts, opensWithCount } from './count-opens.ts';
import { cutAfter } from './cut-after.ts';
import { oneByte } from './one-byte.ts';

const MONTH_WORDS =
  /^(jan|feb|m[aä]r|apr|ma[iy]|mei|jun|jul|aug|sep|o[ck]t|nov|de[cz]|januar|januari|januar|februar|februari|maart|märz|juni|juli|augustus|oktober|dezember)/i;

/**
 * German writes an ordinal as a number with a point: after an article, a possessive or a contracted
 * preposition it counts the noun that follows ("ihr 13. Sanktionspaket", "zum 2. Mal", "der 5.
 * Jahrestag"), so the sentence goes on.
 */
const GERMAN_ORDINAL =
  /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|ihr|ihre|ihren|ihrem|sein|seine|seinen|seinem|unser|unsere|zum|zur|am|im|beim|vom)\s+\d{1,3}\.$/iu;

/**
 * A lower-case letter or a digit: the piece goes on the sentence before. So does a comma or
 * semicolon, which follows a quotation ending in "!" or "?" ("We have pulled it off!", said…).
 */
// \p escapes are built by new RegExp once here: the TypeScript loader turns such a literal in a
// function body into a new RegExp at every call.
const GOES_ON = /^[\p{Ll}\d,;]/u;

/**
 * A quotation ending in "?" or "!" and its speaker's name with a verb of saying ("\"Why should we
 * talk to them?\" Tokayev asked.") are one sentence: the name's capital opens no new one.
 */
const QUOTE_ENDS_ASKING = /[?!]["”’»]$/;
const NAMED_SPEAKER_SAYS =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|writes|shouted|replied|insisted|declared|tweeted)(?![\p{L}])/u;

/** A straight quote opening a word, not an apostrophe inside one ("it's"). */
const OPENING_SINGLE = /(?<![\p{L}\p{N}])'(?=\p{L})/gu;

/**
 * Straight quotes look the same open and closed: one at the start of a piece closes the sentence
 * before only if that sentence left one open ("He said: \"We stay." | "\" Then…" is closed;
 * "…would pay." | "\"It's my intention,\" he said." opens a new quotation). Curly quotes, guillemets
 * and brackets there always close.
 */
function closesQuote(marks: string, before: string): boolean {
  const first = marks[0];
  if (first === '"') return (before.split('"').length - 1) % 2 === 1;
  if (first === "'") return (before.match(OPENING_SINGLE)?.length ?? 0) > (before.split("'").length - 1) / 2;
  return true;
}

/**
 * Words sentencex takes for abbreviations but news ends sentences with: Dutch "hand" ("Het geweld
 * liep uit de hand. Demonstranten …"), which its abbreviation list holds, and a clock time's
 * "p.m." or "a.m." before a pronoun, an article or a number word ("shortly after 6 p.m. He was shot
 * dead …", "at about 12.20 a.m. Three of the attackers blew themselves up"), which never goes on the
 * sentence of the time: a time is followed by its day or zone ("a.m. Monday", "p.m. GMT"), never by
 * a count. `cue` is looked up before the pattern runs.
 */
const FULL_WORDS: Record<string, { cue: readonly string[]; at: RegExp }> = {
  nl: { cue: ['hand.'], at: /(?<![\p{L}])hand\.(?=\s+\p{Lu})/gu },
  en: {
    cue: ['p.m. ', 'a.m. '],
    at: /\b[ap]\.m\.(?=\s+(?:He|She|It|They|We|The|A|An|His|Her|Its|Their|There|This|These|Those|Some|Most|Many|Several|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds)\s)/gu,
  },
};

/**
 * A lone capital letter that sentencex takes for an initial but that ends a sentence: a name such as
 * "X" closing a list ("wie Facebook, YouTube und X. Bei Zusammenstößen …"). An initial stands before
 * a name, never before an article, a pronoun or a preposition, so one of those after it opens the next
 * sentence. A letter after another letter's point ("U.S.") is an abbreviation's and stays.
 */
const LETTER_ENDS: Record<string, RegExp> = {
  en: /(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+(?:The|He|She|It|They|We|His|Her|Its|Their|There|This|In|On|At|After|But)\s)/gu,
  nl: /(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+(?:De|Het|Een|Hij|Zij|Ze|Wij|Bij|In|Op|Na|Ook|Maar|Volgens)\s)/gu,
  de: /(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s+(?:Der|Die|Das|Dem|Den|Ein|Eine|Er|Sie|Es|Wir|Bei|Am|Im|In|Nach|Seit|Auch|Doch|Aber)\s)/gu,
};

/**
 * The platform X after the preposition that says where something was posted ("it said on X.",
 * "schreef op X.", "schrieb auf X.") ends its sentence whatever word follows: no initial stands
 * there.
 */
const PLATFORM_ENDS = /(?<=(?<![\p{L}])(?:on|op|auf|via)\s)X\.(?=\s+\p{Lu})/gu;

/** A word's full stop before a number: a sentence may open there with a count. */
const WORD_POINT_NUMBER = /\p{L}\.\s+\d/u;

/** sentencex's pieces, split again after such a word or letter before the next sentence. */
function pieces(text: string, lang: string): string[] {
  let found = segment(lang === 'und' ? 'en' : lang, text);
  const full = FULL_WORDS[lang];
  if (full && full.cue.some((cue) => text.includes(cue))) found = found.flatMap((p) => cutAfter(p, full.at));
  const letter = LETTER_ENDS[lang];
  if (letter) found = found.flatMap((p) => cutAfter(p, letter));
  if (text.includes('X.')) found = found.flatMap((p) => cutAfter(p, PLATFORM_ENDS));
  if (WORD_POINT_NUMBER.test(text)) found = found.flatMap((p) => cutBeforeCounts(p, lang));
  return found;
}

/**
 * Splits a paragraph into sentences with offsets into it. sentencex finds the boundaries (it knows
 * abbreviations such as "U.S." and "Mr."); its pieces are then located in the paragraph by search,
 * because its offsets count code points while JavaScript strings count UTF-16 units.
 * Corrections on top: a closing quote it leaves at the start of the next sentence goes back to
 * the sentence it closes, and a split before a lower-case word, a digit (unless a count opens a
 * sentence there, see count-opens.ts) or a month name after an ordinal ("am 7. Januar") or a German
 * ordinal after an article ("ihr 13. Sanktionspaket") is undone.
 */
export function splitSentences(text: string, lang: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const piece of pieces(text, lang)) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    let start = at;
    const end = at + trimmed.length;
    cursor = end;
    const previous = spans.at(-1);
    if (previous) {
      const closing = /^["'”’»)\]]+\s*/.exec(text.slice(start, end));
      let before = text.slice(previous.start, previous.end);
      if (closing && /[.!?…]$/.test(before) && closesQuote(closing[0], before)) {
        previous.end = start + closing[0].trimEnd().length;
        before = text.slice(previous.start, previous.end);
        start += closing[0].length;
        if (start >= end) continue;
      }
      const head = text.slice(start, end);
      const continues =
        (GOES_ON.test(head) && !opensWithCount(before, head, lang)) ||
        (QUOTE_ENDS_ASKING.test(before) && NAMED_SPEAKER_SAYS.test(head)) ||
        (/\b\d{1,2}\.$/.test(before) && MONTH_WORDS.test(head)) ||
        (lang === 'de' && GERMAN_ORDINAL.test(before));
      if (continues) {
        previous.end = end;
        continue;
      }
    }
    spans.push({ start, end });
  }
  return spans;
}

/** Sentences of every paragraph, with ids "p3.s2" and offsets into the paragraph's text. */
/** Paragraphs a dateline may open: the first, or the second after a standfirst. */
const DATELINE_PARAGRAPHS = 2;

export function segmentArticle(clean: CleanArticle, lang = clean.meta.language ?? 'en'): SegmentedArticle {
  const sentences: Sentence[] = [];
  clean.paragraphs.forEach((paragraph, p) => {
    // A wire dateline ("TBILISI, Oct 27 (Reuters) - ") opens the story's first paragraphs, not its first sentence.
    const dateline = p < DATELINE_PARAGRAPHS ? datelineAt(paragraph.text) : undefined;
    splitSentences(paragraph.text, lang).forEach(({ start: from, end }, i) => {
      const start = i === 0 && dateline && dateline.end < end ? dateline.end : from;
      sentences.push({
        id: `${paragraph.id}.s${i + 1}`,
        paragraph: paragraph.id,
        index: sentences.length,
        text: oneByte(paragraph.text.slice(start, end)),
        start,
        end,
      });
    });
  });
  return { ...clean, sentences };
}
