/**
 * Hand-built AnnotatedSentence fixtures for the candidate and merge tests: the time and entity
 * stages are other modules, so each fixture states the dates and names those stages would give.
 */
import type { AnnotatedArticle, AnnotatedSentence, Mention, Timex, When } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { extractCandidates } from './stage.ts';

export function day(date: string, text?: string, confidence = 0.9): When {
  return { start: date, end: date, precision: 'day', value: date, confidence, ...(text ? { text } : {}) };
}

export function week(start: string, end: string, value: string, text?: string): When {
  return { start, end, precision: 'week', value, confidence: 0.7, ...(text ? { text } : {}) };
}

export function year(y: string, text?: string): When {
  return {
    start: `${y}-01-01`,
    end: `${y}-12-31`,
    precision: 'year',
    value: y,
    confidence: 0.8,
    ...(text ? { text } : {}),
  };
}

/** What the time stage gives a sentence without its own expression: only "before publication". */
export function beforePublication(published: string): When {
  return {
    start: '2022-01-01',
    end: published,
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}

/** [name as written, kind, id] */
export type MentionSpec = [string, Mention['kind'], string?];

export interface SentenceSpec {
  text: string;
  /** The sentence's own time expressions, each with the When it resolves to (the first gives the sentence's time). */
  times?: When[];
  /** The time when the sentence has no expression of its own. */
  when?: When;
  mentions?: MentionSpec[];
  paragraph?: string;
}

function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return at;
}

export function sentence(spec: SentenceSpec, index = 0): AnnotatedSentence {
  const timexes: Timex[] = (spec.times ?? []).map((w) => {
    const phrase = w.text ?? w.value;
    const start = locate(spec.text, phrase);
    return {
      text: phrase,
      start,
      end: start + phrase.length,
      type: 'DATE',
      value: w.value,
      interval: { start: w.start, end: w.end },
      precision: w.precision,
    };
  });
  const seen = new Map<string, number>();
  const mentions: Mention[] = (spec.mentions ?? []).map(([text, kind, id]) => {
    const start = locate(spec.text, text, seen.get(text) ?? 0);
    seen.set(text, start + text.length);
    return {
      text,
      start,
      end: start + text.length,
      kind,
      ...(id ? { id } : {}),
      resolution: id ? 'exact' : 'unresolved',
    };
  });
  const paragraph = spec.paragraph ?? 'p1';
  const own = spec.times?.[0];
  return {
    id: `${paragraph}.s${index + 1}`,
    paragraph,
    index,
    text: spec.text,
    start: 0,
    end: spec.text.length,
    timexes,
    when: own ?? spec.when ?? beforePublication('2022-01-08'),
    timeFrom: own ? 'own' : spec.when ? 'context' : 'publication',
    mentions,
  };
}

/** An article whose sentences each sit in their own paragraph unless a paragraph is given. */
export function article(
  id: string,
  language: string,
  specs: SentenceSpec[],
  published = '2022-01-08',
): AnnotatedArticle {
  let offset = 0;
  let last = '';
  const sentences = specs.map((spec, i) => {
    const s = sentence({ ...spec, paragraph: spec.paragraph ?? `p${i + 1}` }, i);
    offset = s.paragraph === last ? offset : 0;
    last = s.paragraph;
    const placed = { ...s, start: offset, end: offset + s.text.length };
    offset = placed.end + 1;
    return placed;
  });
  const paragraphs = [...new Set(sentences.map((s) => s.paragraph))].map((p) => ({
    id: p,
    text: sentences
      .filter((s) => s.paragraph === p)
      .map((s) => s.text)
      .join(' '),
  }));
  return {
    id,
    file: `${id}.txt`,
    title: id,
    meta: {},
    paragraphs,
    language,
    published: { date: published, precision: 'day', inferred: false },
    sentences,
  };
}

/** The candidates of one sentence dated to `when` by its first word ("Tuesday …"). */
export function candidatesOf(
  lang: string,
  text: string,
  when: string,
  mentions: MentionSpec[] = [],
): EventCandidate[] {
  const [first] = text.split(/\s+/);
  return candidatesOfSentence(lang, { text, times: [day(when, first)], mentions });
}

/** The candidates of an article of one sentence. */
export function candidatesOfSentence(lang: string, spec: SentenceSpec): EventCandidate[] {
  return extractCandidates(article('doc', lang, [spec]));
}

/** Kind and title of each candidate in one sentence dated to `when` by its first word. */
export function kindsAndTitles(
  lang: string,
  text: string,
  when: string,
  mentions: MentionSpec[] = [],
): { kind: string; title: string }[] {
  return candidatesOf(lang, text, when, mentions).map((c) => ({ kind: c.kind, title: c.title }));
}

/** The time expression `phrase` of `text`, as the time stage gives it: a day unless `fields` say otherwise. */
export function timexAt(text: string, phrase: string, fields: Partial<Timex> = {}): Timex {
  const start = text.indexOf(phrase);
  return {
    text: phrase,
    start,
    end: start + phrase.length,
    type: 'DATE',
    value: '',
    interval: null,
    precision: 'day',
    ...fields,
  };
}

/** The mention of `name` in `text`, of `kind`, resolved to a listed entity. */
export function mentionIn(text: string, name: string, kind: Mention['kind']): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind, id: 'x', resolution: 'exact' };
}

/** A sentence that names only these places, by id: for counting what a report names. */
export function naming(...ids: string[]): AnnotatedSentence {
  const mentions: Mention[] = ids.map((id, i) => ({
    text: id,
    start: i * 20,
    end: i * 20 + id.length,
    kind: 'place',
    id,
    resolution: 'exact',
  }));
  return { mentions } as unknown as AnnotatedSentence;
}
