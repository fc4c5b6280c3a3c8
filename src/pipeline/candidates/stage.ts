import type { AnnotatedArticle, AnnotatedSentence, Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { findFigures, measure, type PlacedFigure } from './figures.ts';
import { defaultLexicon, type ConceptEntry, type EventLexicon, type KindEntry } from './lexicon.ts';
import { PatternIndex, tokenize, type Token } from './match.ts';
import { findRoles, isPersonLike } from './roles.ts';
import { chooseHappenings, subordinateSpan, type TriggerHit } from './happenings.ts';
import { displayName } from './names.ts';
import { nearestTimex, sinceUntilPublication, whenFrom } from './time.ts';
import { buildTitle } from './title.ts';
import { wordSet } from './word-set.ts';

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

/** Sentences in which "he"/"hij"/"sie" opens without a name borrow the previous sentence's person. */
function withCoreference(
  s: AnnotatedSentence,
  tokens: Token[],
  previous: Mention[],
  lexicon: EventLexicon,
  isPerson: (m: Mention) => boolean,
): Mention[] {
  const pronouns = wordSet(lexicon.pronouns);
  const pronoun = tokens.slice(0, 4).find((t) => pronouns.has(t.word));
  if (!pronoun || previous.length === 0) return s.mentions;
  if (s.mentions.some((m) => isPerson(m) && m.start < pronoun.start)) return s.mentions;
  const borrowed = previous.map((m) => ({ ...m, start: pronoun.start, end: pronoun.end }));
  return [...s.mentions, ...borrowed].sort((a, b) => a.start - b.start);
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
  const orgWords = wordSet(lexicon.orgWords);
  const hedges = wordSet(lexicon.hedges);
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
    const speaker = mentions.some((m) => m.kind !== 'place') || tokens.some((t) => orgWords.has(t.word));
    // Figures are costly to find: only for a weak trigger's anchoring or a sentence that has a hit.
    let figuresFound: PlacedFigure[] | undefined;
    // A number inside a time expression ("two days after soldiers detained…") counts time, not people.
    const figuresOf = () =>
      (figuresFound ??= findFigures(s.text, lang, '', lexicon, tokens).filter(
        (f) => !s.timexes.some((t) => f.start < t.end && t.start < f.end),
      ));
    let anchoredFound: boolean | undefined;
    const anchored = () =>
      (anchoredFound ??=
        s.timeFrom === 'own' || mentions.some((m) => m.kind === 'place') || figuresOf().length > 0);
    const quoted = quotedSpans(s.text);
    const hits: TriggerHit[] = [];
    for (const { item: t, match: m } of raw) {
      if (!t.requires.every((r) => present.has(r))) continue;
      if (t.kind === 'statement' && (quoteLed || !speaker)) continue;
      if (t.weak && !anchored()) continue;
      // "It was feared that there could be more deaths": a hedge before the trigger makes it speculation.
      if (t.kind !== 'statement' && tokens.some((w) => w.end <= m.start && hedges.has(w.word))) continue;
      if (!quoted.some(([a, b]) => m.start >= a && m.end <= b))
        hits.push({ kind: t.kind, start: m.start, end: m.end, ...(t.title ? { title: t.title } : {}) });
    }
    if (hits.length === 0) continue;
    const allFigures = figuresOf();
    const happenings = chooseHappenings(
      hits,
      subordinateSpan(s.text, tokens, lexicon),
      s.timexes,
      allFigures,
      compiled.kinds,
      s.text,
    );
    const dated = s.timexes.filter((t) => t.interval !== null);
    for (const h of happenings) {
      const kind = compiled.kinds.get(h.kind)?.entry;
      if (!kind) continue;
      const mine = (f: { start: number }) =>
        happenings.every((o) => o === h || Math.abs(f.start - h.start) <= Math.abs(f.start - o.start));
      // A span of years ("the largest in 30 years") describes; only a sentence counts in years.
      const figures = allFigures
        .filter((f) => mine(f) && (f.noun !== 'years' || h.kind === 'verdict'))
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
        // A qualifier ("foreign") picks a title; as a shared topic it would join unrelated reports.
        concepts: concepts.filter((c) => !c.qualifier).map((c) => c.id),
        patient: roles.patient?.id ?? (figures.length > 0 && kind.patientKind ? 'many' : undefined),
      });
    }
  }
  return candidates;
}
