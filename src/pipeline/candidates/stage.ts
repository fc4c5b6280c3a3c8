import type { AnnotatedArticle, AnnotatedSentence, Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { findFigures, measure, type PlacedFigure } from './figures.ts';
import { defaultLexicon, type ConceptEntry, type EventLexicon, type KindEntry } from './lexicon.ts';
import { findMatches, PatternIndex } from './match.ts';
import { tokenize, type Token } from './tokenize.ts';
import { findRoles, isPersonLike } from './roles.ts';
import { chooseHappenings, subordinateSpan, type TriggerHit } from './happenings.ts';
import { displayName } from './names.ts';
import { nearestTimex, sinceUntilPublication, whenFrom } from './time.ts';
import { buildTitle } from './title.ts';
import { Vocabulary, type WordFacts } from './vocabulary.ts';

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
  /** Word facts by language, with that language's triggers ("*" ones copied into each). */
  vocabularies: Map<string, Vocabulary<CompiledTrigger>>;
  /** For a language without triggers of its own: the "*" ones. */
  anyLanguage: Vocabulary<CompiledTrigger>;
  kinds: Map<string, { entry: KindEntry; rank: number }>;
  /** Positions in the lexicon of the concepts with each id. */
  conceptPositions: Map<string, number[]>;
}

const compiledCache = new WeakMap<EventLexicon, Compiled>();

function compile(lexicon: EventLexicon): Compiled {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const concepts = new PatternIndex<ConceptEntry>();
  for (const c of lexicon.concepts) for (const stem of c.stems) concepts.add(stem, c);
  const languages = new Set(lexicon.triggers.map((t) => t.lang).filter((l) => l !== '*'));
  const vocabularies = new Map<string, Vocabulary<CompiledTrigger>>();
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
    vocabularies.set(lang, new Vocabulary(index, concepts, lexicon));
  }
  const conceptPositions = new Map<string, number[]>();
  lexicon.concepts.forEach((c, i) => conceptPositions.set(c.id, [...(conceptPositions.get(c.id) ?? []), i]));
  const compiled: Compiled = {
    vocabularies,
    anyLanguage: vocabularies.get('*') as Vocabulary<CompiledTrigger>,
    kinds: new Map(lexicon.kinds.map((k, rank) => [k.kind, { entry: k, rank }])),
    conceptPositions,
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

/** The lexicon's concepts with these ids, in lexicon order: titles name the first concept found. */
function conceptsIn(present: Set<string>, lexicon: EventLexicon, compiled: Compiled): ConceptEntry[] {
  const positions: number[] = [];
  for (const id of present) positions.push(...(compiled.conceptPositions.get(id) ?? []));
  return positions.sort((a, b) => a - b).map((i) => lexicon.concepts[i] as ConceptEntry);
}

/** Characters a sentence ends with (closing quotes included). */
const SENTENCE_END = '.!?…"”’»“';
const FOUR_WORDS = /^\s*\S+\s+\S+\s+\S+\s+\S/;

/** Headings, captions, teasers and bylines do not end like a sentence. */
function isSentenceLike(text: string): boolean {
  const trimmed = text.trimEnd();
  return (
    trimmed.length > 0 && SENTENCE_END.includes(trimmed.charAt(trimmed.length - 1)) && FOUR_WORDS.test(text)
  );
}

const QUOTE_OPEN = /^\s*["“„‘'«‹]/;
const QUOTED = /["“„«‘][^"“”„«»‘’]{3,}["”“»’]/g;

/** Spans inside quotation marks: what a speaker says is not itself a reported happening. */
function quotedSpans(text: string): number[] {
  const spans: number[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text))
    spans.push(m.index, m.index + m[0].length);
  return spans;
}

function isQuoted(spans: number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (start >= (spans[i] as number) && end <= (spans[i + 1] as number)) return true;
  }
  return false;
}

/** End of the first hedge word ("feared", "could") in the sentence, Infinity without one. */
function firstHedgeEnd(tokens: Token[], facts: WordFacts<unknown>[]): number {
  const i = facts.findIndex((f) => f.hedge);
  return i < 0 ? Infinity : (tokens[i] as Token).end;
}

/** Sentences in which "he"/"hij"/"sie" opens without a name borrow the previous sentence's person. */
function withCoreference(
  s: AnnotatedSentence,
  tokens: Token[],
  facts: WordFacts<unknown>[],
  previous: Mention[],
  isPerson: (m: Mention) => boolean,
): Mention[] {
  if (previous.length === 0) return s.mentions;
  let pronoun: Token | undefined;
  for (let i = 0; i < 4 && i < tokens.length; i++) {
    if ((facts[i] as WordFacts<unknown>).pronoun) {
      pronoun = tokens[i];
      break;
    }
  }
  if (!pronoun) return s.mentions;
  const at = pronoun;
  if (s.mentions.some((m) => isPerson(m) && m.start < at.start)) return s.mentions;
  const borrowed = previous.map((m) => ({ ...m, start: at.start, end: at.end }));
  return [...s.mentions, ...borrowed].sort((a, b) => a.start - b.start);
}

/** Figures of a sentence, less the numbers inside a time expression ("two days after soldiers detained…"). */
function sentenceFigures(
  s: AnnotatedSentence,
  lang: string,
  lexicon: EventLexicon,
  tokens: Token[],
): PlacedFigure[] {
  const figures = findFigures(s.text, lang, '', lexicon, tokens);
  if (s.timexes.length === 0) return figures;
  return figures.filter((f) => !s.timexes.some((t) => f.start < t.end && t.start < f.end));
}

/** Whether no other happening of the sentence is nearer the figure than `h` (ties go to each). */
function nearestTo(f: PlacedFigure, h: TriggerHit, happenings: TriggerHit[]): boolean {
  const d = Math.abs(f.start - h.start);
  for (const o of happenings) if (o !== h && d > Math.abs(f.start - o.start)) return false;
  return true;
}

/** Distinct ids of the place mentions (or of the other mentions), sorted. */
function idsOf(mentions: Mention[], places: boolean): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.id && (m.kind === 'place') === places && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids.length > 1 ? ids.sort() : ids;
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
  const name = (m: Mention) => displayName(m, lang, options.nameOf);
  const vocabulary = compiled.vocabularies.get(lang) ?? compiled.anyLanguage;
  let previousPersons: Mention[] = [];
  let gap = 0;
  for (const s of article.sentences) {
    const text = s.text;
    const tokens = tokenize(text);
    const facts = vocabulary.ofTokens(tokens);
    const mentions = withCoreference(s, tokens, facts, previousPersons, isPerson);
    // The antecedent is a person named in one of the two sentences just before ("“…,” he said." in between).
    const persons = mentions.filter(isPerson);
    gap = persons.length > 0 ? 0 : gap + 1;
    if (persons.length > 0 || gap > 1) previousPersons = persons;
    if (headings.has(s.paragraph) || !isSentenceLike(text)) continue;
    const raw = findMatches(tokens, (i) => (facts[i] as WordFacts<CompiledTrigger>).triggers);
    if (raw.length === 0) continue;
    const present = new Set(
      findMatches(tokens, (i) => (facts[i] as WordFacts<CompiledTrigger>).concepts).map((f) => f.item.id),
    );
    const concepts = conceptsIn(present, lexicon, compiled);
    const quoteLed = QUOTE_OPEN.test(text) && s.timexes.length === 0;
    // A speaker: a named actor, or an institution named by a common noun ("the government", "die Arbeitgeber").
    const speaker = mentions.some((m) => m.kind !== 'place') || facts.some((f) => f.org);
    // Figures are costly to find: only for a weak trigger's anchoring or a sentence that has a hit.
    let allFigures: PlacedFigure[] | undefined;
    let anchored: boolean | undefined;
    let hedgeEnd: number | undefined;
    let quoted: number[] | undefined;
    const hits: TriggerHit[] = [];
    for (const { item: t, match: m } of raw) {
      if (!t.requires.every((r) => present.has(r))) continue;
      if (t.kind === 'statement' && (quoteLed || !speaker)) continue;
      if (t.weak) {
        anchored ??=
          s.timeFrom === 'own' ||
          mentions.some((m) => m.kind === 'place') ||
          (allFigures ??= sentenceFigures(s, lang, lexicon, tokens)).length > 0;
        if (!anchored) continue;
      }
      // "It was feared that there could be more deaths": a hedge before the trigger makes it speculation.
      if (t.kind !== 'statement' && (hedgeEnd ??= firstHedgeEnd(tokens, facts)) <= m.start) continue;
      if (!isQuoted((quoted ??= quotedSpans(text)), m.start, m.end))
        hits.push(
          t.title
            ? { kind: t.kind, start: m.start, end: m.end, title: t.title }
            : { kind: t.kind, start: m.start, end: m.end },
        );
    }
    if (hits.length === 0) continue;
    allFigures ??= sentenceFigures(s, lang, lexicon, tokens);
    const happenings = chooseHappenings(
      hits,
      subordinateSpan(text, tokens[facts.findIndex((f) => f.splitter)]),
      s.timexes,
      allFigures,
      compiled.kinds,
      text,
    );
    const dated = s.timexes.filter((t) => t.interval !== null);
    for (const h of happenings) {
      const kind = compiled.kinds.get(h.kind)?.entry;
      if (!kind) continue;
      // A span of years ("the largest in 30 years") describes; only a sentence counts in years.
      const figures: PlacedFigure[] = [];
      for (const f of allFigures) {
        if (!nearestTo(f, h, happenings) || (f.noun === 'years' && h.kind !== 'verdict')) continue;
        const { value, text: written, qualifier } = f.figure;
        figures.push({
          figure: { value, counts: measure(h.kind, f.noun), text: written, qualifier },
          noun: f.noun,
          vague: f.vague,
          start: f.start,
          end: f.end,
        });
      }
      const roles = findRoles(
        s,
        mentions,
        h.start,
        kind.patientKind ?? false,
        lexicon,
        isPerson,
        vocabulary.orgWordBefore(tokens, facts, h.start),
      );
      const timex = dated.length >= 2 ? nearestTimex(dated, h.start, text) : undefined;
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
          text,
          article.published.date,
        ),
        places: idsOf(mentions, true),
        actors: idsOf(mentions, false),
        figures: figures.map((f) => f.figure),
        // A qualifier ("foreign") picks a title; as a shared topic it would join unrelated reports.
        concepts: concepts.filter((c) => !c.qualifier).map((c) => c.id),
        patient: roles.patient?.id ?? (figures.length > 0 && kind.patientKind ? 'many' : undefined),
      });
    }
  }
  return candidates;
}
