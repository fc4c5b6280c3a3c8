import {
  isBoilerplate,
  isEllipsisTeaser,
  isEndMarker,
  isHeadlineShaped,
  isTeaserLink,
} from './boilerplate.ts';
import { datelineAt } from './dateline.ts';
import { isEntryHeadLine, isTickerHeadline } from './clock-line.ts';
import { dayOfHeader } from './time/live-entries.ts';
import { LANGS } from './langs.ts';
import type { CleanArticle, ParagraphText, ParsedArticle } from './types.ts';
import { oneByte } from './one-byte.ts';

/** Longest title derived from the first sentence when an article has no headline. */
const DERIVED_TITLE_WORDS = 12;

/**
 * Hard-wrapped prose breaks its lines at 60 to 100 characters: a longer line is a paragraph of its
 * own, and the line above it no part of it ("Kasachstan: Tokajew erteilt Schießbefehl" over the lede).
 */
const WRAP_WIDTH = 120;

/** White space other than single blanks: most lines have none, and testing is cheaper than replacing. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/**
 * Splits the body into paragraph units. Blank lines always separate paragraphs; within a block,
 * single line breaks separate paragraphs too (scraped pages put one paragraph per line), unless the
 * block is hard-wrapped prose (lines that mostly run on without sentence punctuation).
 */
function units(body: string, markdown: boolean): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => (UNEVEN_SPACE.test(l) ? l.replace(/\s+/g, ' ') : l).trim())
      .map((l) => (markdown ? plainMarkdown(l) : l))
      // A line printed twice in a row (a headline, as scrapes often repeat it) is one line, and
      // no hard-wrapped prose to join with itself.
      .filter((l, i, all) => l !== '' && (i === 0 || normalise(l) !== normalise(all[i - 1] ?? '')));
    for (const group of atDatelines(lines)) {
      const runOn = group.slice(0, -1).filter((l) => l.length >= 40 && !/[.!?:;"”’»)]$/.test(l)).length;
      const wrapped = group.length > 1 && group.every((l) => l.length <= WRAP_WIDTH);
      if (wrapped && runOn >= (group.length - 1) / 2) out.push(group.join(' '));
      else out.push(...group);
    }
  }
  return out;
}

/**
 * A wire dateline ("MOSCOW, Feb 16 (Reuters) - ") opens the story's first paragraph: the line above
 * it is a headline, never hard-wrapped prose running on into it. A ticker's entry headline ("+++
 * 18:45 Uhr: Tokajew erteilt Schießbefehl +++") is a line of its own over the entry's text.
 */
function atDatelines(lines: string[]): string[][] {
  const groups: string[][] = [];
  let headline = false;
  for (const [i, line] of lines.entries()) {
    const last = groups.at(-1);
    const next = isTickerHeadline(line);
    if (last && !headline && !next && !(i > 0 && datelineAt(line))) last.push(line);
    else groups.push([line]);
    headline = next;
  }
  return groups;
}

/** Markdown marks are layout, not text: headings, emphasis and links become their words. */
function plainMarkdown(line: string): string {
  return line
    .replace(/^#{1,6} +/, '')
    .replace(/^[-*+] +/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2');
}

/** A line that is only a day, in any language read ("Freitag, 7. Januar", "Donderdag 6 januari"). */
function isDayLine(line: string): boolean {
  // A leap year's: the line names its own day, any year has room for it.
  return LANGS.some((lang) => dayOfHeader(lang, line, '2000-01-01') !== undefined);
}

function normalise(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * When an article has no headline, its first sentence stands in, shortened to a dozen words at a
 * word boundary: the lead sentence is written to say what the article is about.
 */
function deriveTitle(first: string | undefined): string {
  if (!first) return '';
  const sentence = /^.+?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  const words = sentence.split(/\s+/);
  if (words.length <= DERIVED_TITLE_WORDS) return sentence.replace(/[.!?]$/, '');
  return `${words
    .slice(0, DERIVED_TITLE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

/** Finds the title, drops site boilerplate and numbers the remaining paragraphs p1, p2… */
export function cleanArticle(parsed: ParsedArticle): CleanArticle {
  // Each paragraph one byte a character where it can be: its boilerplate checks and the stages after
  // run Unicode expressions over it (see one-byte.ts).
  const all = units(parsed.body, /\.md$/i.test(parsed.file)).map(oneByte);
  let lines = all.filter((l, i) => !isBoilerplate(l) && !isTeaserLink(all[i - 1], l));

  // Site chrome after the article: cut from the first end marker in the second half of the text.
  const half = Math.floor(lines.length / 2);
  const end = lines.findIndex((l, i) => i >= half && isEndMarker(l));
  if (end >= 0) lines = lines.slice(0, end);
  // Short unpunctuated lines after the last prose paragraph are menus and widget titles.
  let lastProse = lines.length - 1;
  while (lastProse >= 0 && isHeadlineShaped(lines[lastProse] ?? '')) lastProse--;
  if (lastProse >= 0) lines = lines.slice(0, lastProse + 1);

  // The lines before the first prose paragraph are masthead, kicker and headline; the headline is
  // the longest of them (a site name or section label is shorter).
  const firstProse = lines.findIndex((l) => !isHeadlineShaped(l));
  // A clock right above the first prose heads a live blog's first entry ("8.50am GMT", "+++ 18:45
  // Uhr: Tokajew erteilt Schießbefehl +++"): no masthead.
  let bodyStart = firstProse;
  while (bodyStart > 0 && isEntryHeadLine(lines[bodyStart - 1] ?? '')) bodyStart--;
  // So does the day over it ("Freitag, 7. Januar"), which dates the entries below.
  if (bodyStart > 0 && bodyStart < firstProse && isDayLine(lines[bodyStart - 1] ?? '')) bodyStart--;
  const lead = (bodyStart < 0 ? [] : lines.slice(0, bodyStart)).filter((l) => !isEllipsisTeaser(l));
  let rest = bodyStart < 0 ? lines : lines.slice(bodyStart);
  let title = parsed.meta.title?.trim() ?? '';
  if (!title && lead.length > 0) {
    title = lead.reduce((best, l) => (l.length > best.length ? l : best), '');
  }
  if (!title) title = deriveTitle(rest[0]);
  // A headline repeated in the body (scrapes often print it twice) is not a paragraph.
  const key = normalise(title);
  rest = rest.filter((l, i) => i > 2 || normalise(l) !== key);
  rest = rest.filter((l, i) => i > 0 || !isEllipsisTeaser(l));

  const paragraphs: ParagraphText[] = rest.map((text, i) => {
    const paragraph: ParagraphText = { id: `p${i + 1}`, text };
    if (isHeadlineShaped(text)) paragraph.heading = true;
    return paragraph;
  });
  return { id: parsed.id, file: parsed.file, title, meta: parsed.meta, paragraphs };
}
