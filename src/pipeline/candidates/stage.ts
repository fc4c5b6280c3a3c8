import type { AnnotatedArticle, AnnotatedSentence, Mention, Timex, When } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { findFigures, measure, type PlacedFigure } from './figures.ts';
import { defaultLexicon, type ConceptEntry, type EventLexicon, type KindEntry } from './lexicon.ts';
import { PatternIndex, tokenize, type Token } from './match.ts';
import { findRoles, isPersonLike } from './roles.ts';
import { buildTitle } from './title.ts';

export interface CandidateOptions {
  lexicon?: EventLexicon;
  /** English display name of a place or actor id (the entity stage's place()/actor()). */
  nameOf?: (id: string) => string | undefined;
  /** Kind of an actor id ("person", "country", "government"…), from the entity stage's actor(). */
  kindOf?: (id: string) => string | undefined;
}

interface CompiledTrigger {
  kind: string;
  requires: string[];
  weak: boolean;
  title?: string;
}

interface Compiled {
  /** Triggers by language ("*" ones copied into each). */
  triggers: Map<string, PatternIndex<CompiledTrigger>>;
  concepts: PatternIndex<ConceptEntry>;
  kinds: Map<string, { entry: KindEntry; rank: number }>;
}

const compiledCache = new WeakMap<EventLexicon, Compiled>();

function compile(lexicon: EventLexicon): Compiled {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const languages = new Set(lexicon.triggers.map((t) => t.lang).filter((l) => l !== '*'));
  const triggers = new Map<string, PatternIndex<CompiledTrigger>>();
  for (const lang of [...languages, '*']) {
    const index = new PatternIndex<CompiledTrigger>();
    for (const t of lexicon.triggers) {
      if (t.lang !== lang && t.lang !== '*') continue;
      index.add(t.pattern, {
        kind: t.kind,
        requires: t.requires ?? [],
        weak: t.weak ?? false,
        ...(t.title ? { title: t.title } : {}),
      });
    }
    triggers.set(lang, index);
  }
  const concepts = new PatternIndex<ConceptEntry>();
  for (const c of lexicon.concepts) for (const stem of c.stems) concepts.add(stem, c);
  const compiled: Compiled = {
    triggers,
    concepts,
    kinds: new Map(lexicon.kinds.map((k, rank) => [k.kind, { entry: k, rank }])),
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

interface TriggerHit {
  kind: string;
  start: number;
  end: number;
  title?: string;
}

/** Headings, captions, teasers and bylines do not end like a sentence. */
function isSentenceLike(text: string): boolean {
  return /[.!?…"”’»“]\s*$/.test(text.trim()) && text.trim().split(/\s+/).length >= 4;
}

const QUOTE_OPEN = /^\s*["“„‘'«‹]/;

/** Spans inside quotation marks: what a speaker says is not itself a reported happening. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/["“„«‘][^"“”„«»‘’]{3,}["”“»’]/g))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A clause boundary between a trigger and a time expression weighs like this many characters. */
const CLAUSE_PENALTY = 100;
/** News puts a happening's time after its verb more often than before it. */
const BEFORE_PENALTY = 40;

function timexDistance(t: Timex, at: number, text: string): number {
  const between = at < t.start ? text.slice(at, t.start) : text.slice(t.end, at);
  const boundaries = (between.match(/[,;:–—]/g) ?? []).length;
  if (at < t.start) return t.start - at + boundaries * CLAUSE_PENALTY;
  if (at > t.end) return at - t.end + BEFORE_PENALTY + boundaries * CLAUSE_PENALTY;
  return 0;
}

/** The time expression nearest the trigger, preferring one in the same clause ("…, and in talks … on Saturday"). */
function nearestTimex(timexes: Timex[], at: number, text: string): Timex | undefined {
  let best: Timex | undefined;
  let bestDistance = Infinity;
  for (const t of timexes) {
    const d = timexDistance(t, at, text);
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

const SINCE = /\b(?:since|sinds|seit|seitdem)\b[^,;.]{0,40}$/i;

/**
 * "Killed since the protests started last Sunday", "sinds de jaarwisseling": the happening runs
 * from that time up to publication, not on that day only.
 */
function sinceUntilPublication(when: When, timex: Timex | undefined, text: string, published: string): When {
  if (!timex || !SINCE.test(text.slice(0, timex.start)) || when.start.slice(0, 10) >= published) return when;
  const days = (Date.parse(published) - Date.parse(when.start.slice(0, 10))) / 86_400_000;
  return { ...when, end: published, precision: days <= 7 ? 'week' : 'month' };
}

function whenFrom(timex: Timex, fallback: When): When {
  if (!timex.interval) return fallback;
  return {
    start: timex.interval.start,
    end: timex.interval.end,
    precision: timex.precision,
    value: timex.value,
    text: timex.text,
    confidence: fallback.confidence,
  };
}

function humanize(id: string): string {
  return id
    .replace(/^[a-z]+:/, '')
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Titles and roles in front of a name: "President", "US Secretary of State", "head of state". */
const ROLE_PREFIX =
  /^(?:the\s+)?(?:(?:former|ex-|acting|Kazakh|Russian|US|U\.S\.|German|Dutch)\s+)*(?:President|Prime Minister|Minister|Secretary of State|head of state|Chancellor|General|Foreign Minister|Mayor|King|Queen)\s+/i;

/**
 * English name for a title. Names resolved by fuzzy matching or by context (machine-translation
 * errors) are shown by their resolved id, never as misspelt; places in other languages likewise.
 */
function displayName(m: Mention, lang: string, nameOf?: (id: string) => string | undefined): string {
  const known = m.id ? nameOf?.(m.id) : undefined;
  if (known) return known;
  const trusted = m.resolution === 'exact' || m.resolution === 'alias' || m.resolution === 'unresolved';
  // Names in Dutch or German texts are spelt the local way (Tokajev, Kasachstan): use the resolved id.
  if (m.id && (!trusted || lang !== 'en')) return humanize(m.id);
  return m.text.replace(ROLE_PREFIX, '').replace(/['’]s$/, '');
}

/** Clause of a subordinate happening: from a splitter word ("after", "nadat") to the next comma. */
function subordinateSpan(text: string, tokens: Token[], lexicon: EventLexicon): [number, number] | null {
  const at = tokens.find((t) => lexicon.splitters.includes(t.word));
  if (!at) return null;
  const comma = text.slice(at.end).search(/[,;:–—]/);
  return [at.start, comma < 0 ? text.length : at.end + comma];
}

/** Sentences in which "he"/"hij"/"sie" opens without a name borrow the previous sentence's person. */
function withCoreference(
  s: AnnotatedSentence,
  tokens: Token[],
  previous: Mention[],
  lexicon: EventLexicon,
  isPerson: (m: Mention) => boolean,
): Mention[] {
  const pronoun = tokens.slice(0, 4).find((t) => lexicon.pronouns.includes(t.word));
  if (!pronoun || previous.length === 0) return s.mentions;
  if (s.mentions.some((m) => isPerson(m) && m.start < pronoun.start)) return s.mentions;
  const borrowed = previous.map((m) => ({ ...m, start: pronoun.start, end: pronoun.end }));
  return [...s.mentions, ...borrowed].sort((a, b) => a.start - b.start);
}

/**
 * Which happenings a sentence reports, as (kind, trigger position) pairs. One sentence yields more than
 * one when (1) a subordinate clause ("after demonstrators stormed…", "although prices were lowered…")
 * reports a different kind, (2) two kinds sit nearest to different time expressions ("said on Friday …
 * arrived on Thursday"), or (3) a kind marked ownFigure has a figure of its own ("… and hundreds were injured").
 */
function chooseHappenings(
  hits: TriggerHit[],
  sub: [number, number] | null,
  timexes: Timex[],
  figures: PlacedFigure[],
  compiled: Compiled,
  text: string,
): TriggerHit[] {
  const rank = (k: string) => compiled.kinds.get(k)?.rank ?? Infinity;
  const best = (list: TriggerHit[]) =>
    [...list].sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start)[0];
  const inSub = (h: TriggerHit) => sub !== null && h.start >= sub[0] && h.end <= sub[1];
  const mainHits = hits.filter((h) => !inSub(h));
  const main = best(mainHits.length > 0 ? mainHits : hits);
  if (!main) return [];
  const chosen = [main];
  const subMain = best(hits.filter(inSub));
  if (subMain && subMain.kind !== main.kind && mainHits.length > 0) chosen.push(subMain);
  const dated = timexes.filter((t) => t.interval !== null);
  if (dated.length >= 2) {
    // Each kind is represented by its trigger closest to a time expression.
    const closeness = (h: TriggerHit) => Math.min(...dated.map((t) => timexDistance(t, h.start, text)));
    const representative = new Map<string, TriggerHit>();
    for (const h of hits) {
      const r = representative.get(h.kind);
      if (!r || closeness(h) < closeness(r)) representative.set(h.kind, h);
    }
    chosen[0] = representative.get(main.kind) ?? main;
    const taken = new Set(chosen.map((c) => nearestTimex(dated, c.start, text)));
    for (const h of [...representative.values()].sort((a, b) => rank(a.kind) - rank(b.kind))) {
      if (chosen.some((c) => c.kind === h.kind)) continue;
      const t = nearestTimex(dated, h.start, text);
      if (!taken.has(t)) {
        chosen.push(h);
        taken.add(t);
      }
    }
  }
  for (const h of hits) {
    if (!compiled.kinds.get(h.kind)?.entry.ownFigure || chosen.some((c) => c.kind === h.kind)) continue;
    const own = figures.some((f) =>
      chosen.every((c) => Math.abs(f.start - h.start) < Math.abs(f.start - c.start)),
    );
    if (own) chosen.push(h);
  }
  return chosen;
}

/** Sentences that report something happening, each as a candidate event with an English title. */
export function extractCandidates(
  article: AnnotatedArticle,
  options: CandidateOptions = {},
): EventCandidate[] {
  const lexicon = options.lexicon ?? defaultLexicon;
  const compiled = compile(lexicon);
  const lang = article.language;
  const headings = new Set(
    article.paragraphs.filter((p) => (p as { heading?: boolean }).heading).map((p) => p.id),
  );
  const candidates: EventCandidate[] = [];
  const isPerson = (m: Mention) => isPersonLike(m, lexicon, options.kindOf);
  let previousPersons: Mention[] = [];
  let gap = 0;
  for (const s of article.sentences) {
    const tokens = tokenize(s.text);
    const mentions = withCoreference(s, tokens, previousPersons, lexicon, isPerson);
    // The antecedent is a person named in one of the two sentences just before ("“…,” he said." in between).
    const persons = mentions.filter(isPerson);
    gap = persons.length > 0 ? 0 : gap + 1;
    if (persons.length > 0 || gap > 1) previousPersons = persons;
    if (headings.has(s.paragraph) || !isSentenceLike(s.text)) continue;
    const index = compiled.triggers.get(lang) ?? compiled.triggers.get('*');
    const raw = index?.find(tokens) ?? [];
    if (raw.length === 0) continue;
    const present = new Set(compiled.concepts.find(tokens).map((f) => f.item.id));
    // In lexicon order: titles name the first concept found.
    const concepts = lexicon.concepts.filter((c) => present.has(c.id));
    const quoteLed = QUOTE_OPEN.test(s.text) && s.timexes.length === 0;
    // A speaker: a named actor, or an institution named by a common noun ("the government", "die Arbeitgeber").
    const speaker =
      mentions.some((m) => m.kind !== 'place') || tokens.some((t) => lexicon.orgWords.includes(t.word));
    const allFigures = findFigures(s.text, lang, '', lexicon);
    const anchored =
      s.timeFrom === 'own' || mentions.some((m) => m.kind === 'place') || allFigures.length > 0;
    const quoted = quotedSpans(s.text);
    const hits: TriggerHit[] = [];
    for (const { item: t, match: m } of raw) {
      if (!t.requires.every((r) => present.has(r))) continue;
      if (t.kind === 'statement' && (quoteLed || !speaker)) continue;
      if (t.weak && !anchored) continue;
      // "It was feared that there could be more deaths": a hedge before the trigger makes it speculation.
      if (t.kind !== 'statement' && tokens.some((w) => w.end <= m.start && lexicon.hedges.includes(w.word)))
        continue;
      if (!quoted.some(([a, b]) => m.start >= a && m.end <= b))
        hits.push({ kind: t.kind, start: m.start, end: m.end, ...(t.title ? { title: t.title } : {}) });
    }
    if (hits.length === 0) continue;
    const happenings = chooseHappenings(
      hits,
      subordinateSpan(s.text, tokens, lexicon),
      s.timexes,
      allFigures,
      compiled,
      s.text,
    );
    const dated = s.timexes.filter((t) => t.interval !== null);
    for (const h of happenings) {
      const kind = compiled.kinds.get(h.kind)?.entry;
      if (!kind) continue;
      const mine = (f: { start: number }) =>
        happenings.every((o) => o === h || Math.abs(f.start - h.start) <= Math.abs(f.start - o.start));
      // A span of years ("the largest in 30 years") describes, it does not count what happened.
      const figures = allFigures
        .filter((f) => mine(f) && f.noun !== 'years')
        .map((f) => ({ ...f, figure: { ...f.figure, counts: measure(h.kind, f.noun) } }));
      const roles = findRoles(s, mentions, h.start, kind.patientKind ?? false, lexicon, isPerson);
      const name = (m: Mention) => displayName(m, lang, options.nameOf);
      const timex = dated.length >= 2 ? nearestTimex(dated, h.start, s.text) : undefined;
      if (!roles.agent && roles.institution && lang === 'en') roles.agent = roles.institution;
      const agentKey =
        roles.agent?.id ?? (roles.institution ? `~${roles.institution.text.toLowerCase()}` : undefined);
      const titled = h.title ? { ...kind, titles: [{ text: h.title }, ...kind.titles] } : kind;
      const { title, rank } = buildTitle({ kind: titled, roles, figures, trigger: h.start, concepts, name });
      candidates.push({
        document: article.id,
        language: lang,
        sentence: s,
        kind: h.kind,
        title,
        titleRank: rank,
        ...(agentKey ? { agent: agentKey } : {}),
        when: sinceUntilPublication(
          timex ? whenFrom(timex, s.when) : s.when,
          timex ?? s.timexes.find((t) => s.when.text !== undefined && t.text === s.when.text),
          s.text,
          article.published.date,
        ),
        places: [
          ...new Set(mentions.filter((m) => m.kind === 'place' && m.id).map((m) => m.id as string)),
        ].sort(),
        actors: [
          ...new Set(mentions.filter((m) => m.kind !== 'place' && m.id).map((m) => m.id as string)),
        ].sort(),
        figures: figures.map((f) => f.figure),
        concepts: concepts.map((c) => c.id),
        patient: roles.patient?.id ?? (figures.length > 0 && kind.patientKind ? 'many' : undefined),
      });
    }
  }
  return candidates;
}
