/**
 * A happening named again with a definite article ("the attack", "de aanslag", "den Anschlag") in
 * a sentence with no time of its own is the one the article dated before: it takes that one's
 * time, with less confidence, instead of being known only to lie before publication.
 */
import { DAY_LEVEL } from '../day-level.ts';
import { shift } from '../iso-day.ts';
import type { When } from '../types.ts';
import { dayOnly, untilPublication } from './time.ts';
import type { Token } from './tokenize.ts';
import { namesFindings } from './findings-named.ts';

/** Definite articles and demonstratives of en, nl and de ("that" and "dat" mostly open a clause). */
const DEFINITE = new Set(
  'the this these those de het deze dit die der das den dem des dieser diese diesen dieses'.split(' '),
);

/** How much less sure a time is when it is taken from an earlier sentence about the same happening. */
const RECALLED_CONFIDENCE = 0.8;

/**
 * The trigger at `start` is named with a definite article right before it, or with one word
 * between ("the deadly attack", "den blutigen Anschlag").
 */
export function isDefiniteMention(tokens: readonly Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  if (at < 1) return false;
  const before = tokens[at - 1] as Token;
  if (DEFINITE.has(before.word)) return true;
  const twoBefore = tokens[at - 2];
  return twoBefore !== undefined && before.letters && DEFINITE.has(twoBefore.word);
}

/**
 * An undated happening that names, with a definite article, one of the kinds it `recalls`: "IS
 * claimed responsibility for the attack", "IS eiste de aanslag op" took place when the attack did,
 * as far as the article tells.
 */
export function namesRecalled(
  kind: string,
  recalls: readonly string[] | undefined,
  matches: readonly { item: { kind: string }; match: { start: number } }[],
  tokens: readonly Token[],
): boolean {
  if (recalls === undefined) return false;
  for (const { item, match } of matches)
    if (item.kind !== kind && recalls.includes(item.kind) && isDefiniteMention(tokens, match.start))
      return true;
  return false;
}

/**
 * The day before `published`, when `when` (the article's first dated happening) lies on it or on the
 * day of publication: fresh news, whose undated statements are of its last day or two.
 */
function dayBefore(when: When, published: string): When | undefined {
  const day = shift(published, -1);
  const start = when.start.slice(0, 10);
  if (start < day || start > published) return undefined;
  // Its words were written in another sentence, of another day.
  const confidence = Math.round(when.confidence * RECALLED_CONFIDENCE * 100) / 100;
  return { start: day, end: day, precision: 'day', value: day, confidence };
}

/** The day of `when` (the article's first dated happening), when it is the day of publication or the one before. */
function newsDay(when: When, published: string): When | undefined {
  const before = dayBefore(when, published);
  const day = when.start.slice(0, 10);
  return before && { ...before, start: day, end: day, value: day };
}

/** The latest time an article gave each kind of happening, as its sentences are read in order. */
export class StoryTimes {
  private readonly byKind = new Map<string, { when: When; order: number }>();
  private notes = 0;
  /** The first happening the article dated to a day: what its news goes on about. */
  private first: When | undefined;
  /** The earliest day the article dated a happening to. */
  private earliestDay: When | undefined;
  /** The time a sentence took by naming a happening again, and where that sentence stands. */
  private recalled: { when: When; paragraph: string; index: number } | undefined;
  /** The day of the news a statement answered ("stunned by the findings"): the day of all it goes on to quote. */
  private answered: When | undefined;

  /** The last statement whose speaker was named, with its time and the index of its sentence. */
  private lastSaid: { agent: string; when: When; index: number } | undefined;

  /** `agent` made a statement at `when` in the sentence at `index`. */
  said(agent: string, when: When, index: number): void {
    this.lastSaid = { agent, when, index };
  }

  /**
   * The time of the statement `agent` made in the sentence just before, of its paragraph or the one
   * before: 'Bundeskanzlerin Angela Merkel verurteilte die Anschläge. "Die Täter sind Feinde all
   * unserer Grundwerte", sagte Merkel in Berlin.' quotes what she said then.
   */
  saidJustBefore(agent: string, index: number): When | undefined {
    const r = this.lastSaid;
    return r && r.agent === agent && r.index === index - 1 ? r.when : undefined;
  }

  /** The sentence at `index` of `paragraph` named a happening again and took its time `when`. */
  recalledIn(paragraph: string, index: number, when: When): void {
    this.recalled = { when, paragraph, index };
  }

  /**
   * The time for an undated sentence right after one that named a happening again, in the same
   * paragraph: "Bij de aanslag … werd Trump geraakt. Een bezoeker kwam om het leven." goes on
   * telling that happening, not something known only to lie before publication.
   */
  carried(paragraph: string, index: number): When | undefined {
    const r = this.recalled;
    return r && r.paragraph === paragraph && r.index === index - 1 ? r.when : undefined;
  }

  /**
   * A dated sentence reports a happening of `kind` at `when`. "Now" dates no happening to refer
   * back to: "the number of detained now stands at 62" tells a count, not when arrests were made.
   */
  note(kind: string, when: When): void {
    if (when.precision !== 'before-publication' && when.value !== 'PRESENT_REF') {
      this.byKind.set(kind, { when, order: this.notes++ });
      if (!this.first && DAY_LEVEL.has(when.precision)) this.first = when;
      if (DAY_LEVEL.has(when.precision) && (!this.earliestDay || when.start < this.earliestDay.start))
        this.earliestDay = when;
    }
  }

  /**
   * The time an undated, definite mention of a happening of `kind` refers back to: the latest noted
   * for that kind or for the kinds it `recalls` ("the attack" after "opened fire on Friday").
   */
  recall(kind: string, recalls: readonly string[] = []): When | undefined {
    let latest: { when: When; order: number } | undefined;
    for (const k of [kind, ...recalls]) {
      const noted = this.byKind.get(k);
      if (noted && (!latest || noted.order > latest.order)) latest = noted;
    }
    if (!latest) return undefined;
    // Its words were written in the earlier sentence, not in this one.
    const recalled: When = {
      ...latest.when,
      confidence: Math.round(latest.when.confidence * RECALLED_CONFIDENCE * 100) / 100,
    };
    delete recalled.text;
    return recalled;
  }
  /**
   * "Berg said the resignation had been overdue": an undated statement about a happening the
   * article dated before (or one it recalls: "condemned the attack" after "opened fire"), named
   * with a definite article, was made after that happening and before publication on `published`:
   * a span between the two, not the week before publication.
   */
  spokenOf(
    matches: readonly { item: { kind: string }; match: { start: number } }[],
    tokens: readonly Token[],
    published: string,
    recallsOf: (kind: string) => readonly string[] | undefined,
    toldBefore = false,
    afterwards = false,
  ): When | undefined {
    let since: When | undefined;
    for (const { item, match } of matches) {
      if (item.kind === 'statement' || !isDefiniteMention(tokens, match.start)) continue;
      const when = this.recall(item.kind, recallsOf(item.kind));
      if (when && when.start.slice(0, 10) <= published && (!since || when.start > since.start)) since = when;
    }
    // "He said 45 countries had offered to help": a statement about nothing dated before, in an
    // article whose news is of the day of publication or the day before, was made on one of them.
    // One told in the pluperfect ("hatten zum Ausstand aufgerufen") came before that news.
    // Said "na afloop", "nach der Sitzung" of news of the day of publication: that day. So is one
    // naming a happening of the day's news, in an article that has told nothing before that day
    // yet: "Charles Michel sprach von … Anschlägen" after the morning's bombings, that day.
    const allOfTheDay =
      this.earliestDay?.start.slice(0, 10) === published &&
      matches.some(
        ({ item }) =>
          item.kind !== 'statement' &&
          this.recall(item.kind, recallsOf(item.kind))?.start.slice(0, 10) === published,
      );
    // "stunned by the findings": an answer to the news the article opened with, made after it; what
    // the article goes on quoting ("He said Lubitz had passed …", "Spohr said …") is of that day too.
    if (!toldBefore && this.first && namesFindings(tokens)) this.answered ??= this.first;
    if (!toldBefore) since ??= this.answered;
    if (!toldBefore)
      since ??=
        this.first &&
        (afterwards || allOfTheDay ? newsDay(this.first, published) : dayBefore(this.first, published));
    if (!since) return undefined;
    // Said after a happening of that morning: on its day, whatever time the happening had.
    return untilPublication(dayOnly(since), published);
  }

  /**
   * From the day of the article's first dated happening up to `published`, when that day is the
   * day of publication or the one before: "…, ministerial sources told Reuters" of what has no
   * time of its own tells the news that happening began, not something of the day before it.
   */
  /**
   * `when`, a time known only to lie before publication, reaching back to the earliest day the
   * article dated a happening to where that lies before it: the time of a running toll of the
   * happenings it told ("At least 29 people were killed in the two fires" after "they erupted on
   * Jan. 7").
   */
  sinceEarliest(when: When): When {
    const day = this.earliestDay?.start.slice(0, 10);
    return day && day < when.start.slice(0, 10) ? { ...when, start: day } : when;
  }

  /**
   * `when` (a stretch before publication) from the earliest day the article dated a happening to:
   * "In België kwamen zeker elf mensen om het leven", told after the night of the floods, counts
   * the dead since that night, not those of the week before the report.
   */
  fromEarliest(when: When): When {
    const day = this.earliestDay?.start.slice(0, 10);
    return day && day <= when.end.slice(0, 10) ? { ...when, start: day } : when;
  }

  /**
   * The story's first `days` days from the earliest day the article dated a happening to, up to
   * `published`: "in the three days of violence" after "Last Wednesday … On Friday". Undefined
   * where the article dated none.
   */
  firstDays(when: When, days: number, published: string): When | undefined {
    const day = this.earliestDay?.start.slice(0, 10);
    if (!day || day > published) return undefined;
    const last = shift(day, days - 1);
    const end = last < published ? last : published;
    return { ...when, start: day, end, precision: days <= 7 ? 'week' : 'month', value: day };
  }

  freshNews(published: string): When | undefined {
    const since = this.first && dayBefore(this.first, published);
    if (!since || !this.first) return undefined;
    const day = this.first.start.slice(0, 10);
    return untilPublication({ ...since, start: day, end: day, value: day }, published);
  }
}
