/**
 * Titles and the actors who hold them, read from the actors' `roles`: "President of Kazakhstan"
 * and "Kazakh President" both give the title "president" for Kazakhstan. Used to find a title
 * cue right before a name and the one actor it can refer to.
 */
import type { NameIndex } from './name-index.ts';
import { tokenize, type Token } from './text.ts';

/** Words that join a title to its country: "President of Kazakhstan", "minister van … van de Verenigde Staten". */
const CONNECTORS = new Set(['of', 'the', 'van', 'de', 'der', 'von', 'des', 'het', 'den']);

/** Articles before a title in apposition: "the", Dutch "de", "het", German "der", "die", "des", "dem", "den". */
const DEFINITE = new Set(['the', 'de', 'het', 'der', 'die', 'des', 'dem', 'den']);

export interface TitleCue {
  /** Token range of the title (and its country, when written before it). */
  first: number;
  end: number;
  title: string;
  /** Place id of the country named in the cue ("Russian President"), if any. */
  country?: string;
  /** The title stands in apposition after the name ("Ashraf Gandhi, the president of … Afghanistan"). */
  after?: true;
}

/** Words of the longest title in apposition. */
const APPOSITION_TITLE_WORDS = 6;

/** Whether the words of `title` stand at token `first`. */
function titleAt(tokens: Token[], title: readonly string[], first: number): boolean {
  return title.every((w, k) => tokens[first + k]?.norm === w);
}

export class RoleIndex {
  /** Titles as token sequences, by their last token, longest first. */
  private readonly byLast = new Map<string, string[][]>();
  /** "title|countryId" → actor ids. */
  private readonly holders = new Map<string, Set<string>>();
  /** Titles held per actor. */
  private readonly titlesOf = new Map<string, Set<string>>();
  readonly titleWords = new Set<string>();
  /** Title words of six letters or more: they may end a German compound ("Premierminister"). */
  readonly longTitleWords: string[] = [];

  constructor(
    private readonly names: NameIndex,
    /** Place ids of countries. */
    private readonly countries: ReadonlySet<string>,
  ) {}

  /** The country a span of tokens names (a country or a demonym), if it is exactly one. */
  countryAt(tokens: Token[], text: string, i: number): { id: string; end: number } | undefined {
    const hit = this.names
      .matchAt(tokens, text, i)
      .find(
        (h) =>
          h.name.target.type === 'demonym' ||
          (h.name.target.type === 'place' && this.isCountry(h.name.target.id)),
      );
    return hit ? { id: hit.name.target.id, end: hit.end } : undefined;
  }

  isCountry(id: string): boolean {
    return this.countries.has(id);
  }

  /** A role's title without its country ("French Interior Minister" → "interior minister"), folded. */
  titleOf(role: string): string {
    return this.parse(role).title.join(' ');
  }

  private parse(role: string): { title: string[]; country?: string } {
    const tokens = tokenize(role);
    let country: string | undefined;
    const title: string[] = [];
    for (let i = 0; i < tokens.length;) {
      const c = this.countryAt(tokens, role, i);
      if (c && !country) {
        country = c.id;
        i = c.end;
        continue;
      }
      title.push((tokens[i] as Token).norm);
      i++;
    }
    while (title.length > 1 && CONNECTORS.has(title[title.length - 1] ?? '')) title.pop();
    while (title.length > 1 && CONNECTORS.has(title[0] ?? '')) title.shift();
    return country ? { title, country } : { title };
  }

  addRole(actorId: string, role: string): void {
    const { title, country } = this.parse(role);
    if (!title.length) return;
    const key = title.join(' ');
    const last = title[title.length - 1] as string;
    const list = this.byLast.get(last) ?? [];
    if (!list.some((t) => t.join(' ') === key)) list.push(title);
    list.sort((a, b) => b.length - a.length);
    this.byLast.set(last, list);
    for (const w of title) {
      if (CONNECTORS.has(w) || this.titleWords.has(w)) continue;
      this.titleWords.add(w);
      if (w.length >= 6) this.longTitleWords.push(w);
    }
    const holderKey = `${key}|${country ?? ''}`;
    const set = this.holders.get(holderKey) ?? new Set<string>();
    set.add(actorId);
    this.holders.set(holderKey, set);
    const titles = this.titlesOf.get(actorId) ?? new Set<string>();
    titles.add(key);
    this.titlesOf.set(actorId, titles);
  }

  /** The longest title ending right before token `i` ("President", "Kazakh President", "US Secretary of State"). */
  cueBefore(tokens: Token[], text: string, i: number): TitleCue | undefined {
    const last = tokens[i - 1];
    if (!last || /[,;:()"“”]/.test(text.slice(last.end, tokens[i]?.start ?? last.end))) return undefined;
    return this.titleEndingAt(tokens, text, i);
  }

  /**
   * A definite title set off by a comma right before a name: "the Minister President of
   * Saxony-Anhalt, David Hasselhoff". Only after an article: a bare title before a comma may end a
   * clause ("said the President, and …").
   */
  private cueBeforeComma(tokens: Token[], text: string, i: number): TitleCue | undefined {
    const last = tokens[i - 1];
    if (!last || !/^\s*,\s*$/.test(text.slice(last.end, tokens[i]?.start ?? last.end))) return undefined;
    const cue = this.titleEndingAt(tokens, text, i);
    return cue && DEFINITE.has(tokens[cue.first - 1]?.norm ?? '') ? cue : undefined;
  }

  private titleEndingAt(tokens: Token[], text: string, i: number): TitleCue | undefined {
    const last = tokens[i - 1];
    if (!last) return undefined;
    for (const title of this.byLast.get(last.norm) ?? []) {
      const first = i - title.length;
      if (first < 0 || !titleAt(tokens, title, first)) continue;
      const cue: TitleCue = { first, end: i, title: title.join(' ') };
      // A country or demonym right before the title: "Russian President", "US Secretary of State",
      // "Kazakhstan's President".
      const before = tokens[first - 1];
      const possessive =
        before?.norm === 's' && /^['’]$/.test(text.slice(tokens[first - 2]?.end ?? 0, before.start));
      const countryEnd = possessive ? first - 1 : first;
      for (let start = Math.max(0, countryEnd - 4); start < countryEnd; start++) {
        const c = this.countryAt(tokens, text, start);
        if (c && c.end === countryEnd) return { ...cue, first: start, country: c.id };
      }
      return cue;
    }
    return undefined;
  }

  /**
   * A title with its country in apposition right after a name: "Ashraf Gandhi, the president of
   * the Islamic Republic of Afghanistan". Only with the country: a bare "the president" may be
   * anyone's.
   */
  cueAfter(tokens: Token[], text: string, end: number): TitleCue | undefined {
    const next = tokens[end];
    const before = tokens[end - 1];
    if (!next || !before || !/^\s*,\s*$/.test(text.slice(before.end, next.start))) return undefined;
    const from = CONNECTORS.has(next.norm) ? end + 1 : end;
    for (let last = Math.min(tokens.length, from + APPOSITION_TITLE_WORDS) - 1; last >= from; last--) {
      for (const title of this.byLast.get((tokens[last] as Token).norm) ?? []) {
        if (title.length !== last - from + 1 || !titleAt(tokens, title, from)) continue;
        let i = last + 1;
        while (i < tokens.length && CONNECTORS.has((tokens[i] as Token).norm)) i++;
        const c = this.countryAt(tokens, text, i);
        if (c) return { first: end, end: c.end, title: title.join(' '), country: c.id, after: true };
      }
    }
    return undefined;
  }

  /** A title in apposition to the name [first, end): after it, or set off by a comma before it. */
  cueInApposition(tokens: Token[], text: string, first: number, end: number): TitleCue | undefined {
    return this.cueAfter(tokens, text, end) ?? this.cueBeforeComma(tokens, text, first);
  }

  holdersOf(title: string, country: string | undefined): string[] {
    return [...(this.holders.get(`${title}|${country ?? ''}`) ?? [])].sort();
  }

  holds(actorId: string, title: string): boolean {
    return this.titlesOf.get(actorId)?.has(title) ?? false;
  }
}
