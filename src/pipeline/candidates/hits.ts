import { namesMembersOffice } from './institution-agent.ts';
import type { AnnotatedSentence, Mention } from '../types.ts';
import type { CompiledTrigger } from './compiled.ts';
import { findFigures, type PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Reading, Scope } from './reading.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';
import { wordSet } from './word-set.ts';
import { withoutDefiniteSpokenOf } from './definite-spoken-of.ts';
import { withoutDenied } from './denied.ts';
import { withoutHypothetical } from './hypothetical.ts';
import { withoutContinued } from './continued-until.ts';
import { withoutHabitual } from './habitual.ts';
import { withoutPredicateNouns } from './predicate-noun.ts';
import { withoutDescribedPlaces, withoutPlaceClauses } from './place-clause.ts';
import { withoutPowers } from './powers.ts';
import { withoutPresumedDead } from './presumed-dead.ts';
import { withoutAsides } from './asides.ts';
import { withoutAttributive, withoutEarlier } from './earlier.ts';
import { withoutSpokenOf } from './spoken-of.ts';
import { withoutJudgedFor } from './judged-for.ts';
import { outsideComparedCount } from '../time/compared-count.ts';
import { withoutPrevented } from './prevented.ts';
import { withoutEnabled } from './enabled.ts';
import { attempted } from './attempted.ts';
import { finitePresentPlural } from './present-plural.ts';
import { withoutWhenClause } from './when-clause.ts';
import { withoutOpeningBackground } from './opening-background.ts';
import { withoutReferenced } from './referenced.ts';
import { withoutMeasuredFrom } from './measured-from.ts';
import { forecastAfter } from './forecast.ts';
import { hedged, hedgedWithin, hedgeEnds } from './hedges.ts';
import { withoutTollCause } from './toll-cause.ts';
import { isQuoted, quotedSpans } from './quotes.ts';
import { crowdDemands, withoutDemandingCrowd } from './demanding-crowd.ts';
import { personNextTo } from './person-next-to.ts';
import { firmsAround } from './firms-around.ts';
import { opensWithQuote } from './quotes.ts';
import { spokenAfterQuote } from './quote-led.ts';

const CLAUSE_END = /^[.,;:!?]|^$/;
/**
 * "Das teilte die Polizei mit", "Dat meldt de NOS", "Dat maakte de junta zaterdag bekend", "Das gab
 * die Behörde bekannt": the sentence only says who told the one before it, when that one reported
 * something. "Das kündigte Rutte an" is the announcement itself.
 */
const THAT = new Set(['das', 'dies', 'dat', 'dit']);
const TELLING = new Set(
  [
    'teilte teilten sagte sagten meldete meldeten berichtete berichteten schrieb schreibt gab gaben bestätigte bestätigten',
    'meldt meldde zegt zei zeiden schrijft schreef maakte maakten maakt bevestigde bevestigden',
  ]
    .join(' ')
    .split(' '),
);
/** Longer than this, a sentence opening with "Das" says more than who told it. */
const SHORT_ATTRIBUTION = 10;

function toldBefore(tokens: Token[], trigger: number): boolean {
  if (tokens.length > SHORT_ATTRIBUTION || !THAT.has(tokens[0]?.word ?? '')) return false;
  const verb = tokens.find((t) => t.start === trigger);
  return verb !== undefined && TELLING.has(verb.word);
}

/** Figures of a sentence, less the numbers inside a time expression ("two days after soldiers detained…"). */
export function sentenceFigures(
  s: AnnotatedSentence,
  lang: string,
  lexicon: EventLexicon,
  tokens: Token[],
): PlacedFigure[] {
  const figures = findFigures(s.text, lang, '', lexicon, tokens);
  const outsideTimes =
    s.timexes.length === 0
      ? figures
      : figures.filter((f) => !s.timexes.some((t) => f.start < t.end && t.start < f.end));
  // "up from 185 dead reported on Monday": the count compared with is no count of the news.
  return outsideComparedCount(lang, s.text, outsideTimes);
}

/** Someone a statement can be from (see the comment where it is asked). */
function hasSpeaker(
  scope: Scope,
  tokens: Token[],
  facts: WordFacts<unknown>[],
  mentions: Mention[],
  text: string,
): boolean {
  if (mentions.some((m) => m.kind !== 'place') || facts.some((f) => f.org)) return true;
  const media = wordSet(scope.lexicon.mediaWords);
  return tokens.some((t) => media.has(t.word)) || namesMembersOffice(text, scope.lexicon.orgWords);
}

/**
 * The trigger matches that report a happening: their concepts present, spoken by someone (statements),
 * anchored (weak triggers), not hedged and not quoted. Also the sentence's figures when anchoring needed them.
 */
export function triggerHits(
  scope: Scope,
  { s, tokens, facts, mentions, afterReport, namedAgain, measureAgain, reportedBefore }: Reading,
  raw: { item: CompiledTrigger; match: Match }[],
  present: Set<string>,
): {
  hits: TriggerHit[];
  named: readonly TriggerHit[];
  earlier: readonly TriggerHit[];
  figures: PlacedFigure[] | undefined;
} {
  const text = s.text;
  const quoteLed = opensWithQuote(text) && s.timexes.length === 0;
  // A speaker: a named actor, an institution named by a common noun ("the government", "die Arbeitgeber"),
  // or a medium that carries someone's words ("appeared on national television and said").
  let speaker: boolean | undefined;
  // Figures are costly to find: only for a weak trigger's anchoring or a sentence that has a hit.
  let figures: PlacedFigure[] | undefined;
  let anchored: boolean | undefined;
  let hedges: number[] | undefined;
  let speculated: Match[] | undefined;
  let quoted: readonly number[] | undefined;
  let hits: TriggerHit[] = [];
  // Ends of statement verbs whose object is what is spoken of ("condemned the attack").
  let aboutEnds: number[] | undefined;
  // Starts of such verbs put last in their clause, their object before them ("hat die Explosionen
  // als Kriegserklärung bezeichnet").
  let finalAbout: number[] | undefined;
  // Such verbs from verb to particle: "sluit een cyberaanval uit".
  let aboutSpans: [number, number][] | undefined;
  for (const { item: t, match: m } of raw) {
    if (!t.requires.every((r) => present.has(r)) || t.unless.some((r) => present.has(r))) continue;
    if (t.unlessInArticle.length > 0 && t.unlessInArticle.some((r) => scope.articleConcepts().has(r)))
      continue;
    if (t.person && !personNextTo(mentions, scope.isPerson, text, scope.lang, m)) continue;
    if (t.firms && !firmsAround(mentions, scope.isFirm, text, m)) continue;
    if (t.onlyTried && !attempted(text, scope.lang, m.start) && !finitePresentPlural(text, m.start, m.end))
      continue;
    if (t.entry && !scope.pastEntries().has(s.paragraph)) continue;
    if (t.after !== undefined && !reportedBefore(t.after)) continue;
    if (
      t.kind === 'statement' &&
      ((quoteLed && !spokenAfterQuote(text, m.start, mentions, scope.isPerson)) ||
        (afterReport && toldBefore(tokens, m.start)) ||
        !(speaker ??= hasSpeaker(scope, tokens, facts, mentions, text) || crowdDemands(tokens, text)))
    )
      continue;
    if (t.about) {
      (aboutEnds ??= []).push(m.end);
      // A separable verb holds its object before its particle ("schließt einen Cyberangriff aus").
      (aboutSpans ??= []).push([m.start, m.end]);
      if (CLAUSE_END.test(text.slice(m.end, m.end + 2))) (finalAbout ??= []).push(m.start);
    }
    if (t.weak) {
      anchored ??=
        s.timeFrom === 'own' ||
        mentions.some((m) => m.kind === 'place') ||
        (figures ??= sentenceFigures(s, scope.lang, scope.lexicon, tokens)).length > 0;
      if (!anchored) continue;
    }
    if (t.kind !== 'statement') {
      hedges ??= hedgeEnds(tokens, facts, scope.pastEntries().has(s.paragraph));
      // "It was feared that there could be more deaths": a hedge before the trigger makes it speculation.
      if (hedged(text, hedges, m.start)) continue;
      // A kind that announces what lies ahead ("elections will be held") says so in its own words.
      const announces = scope.compiled.kinds.get(t.kind)?.entry.announces === true;
      if (!announces && hedgedWithin(text, hedges, (tokens[m.token] as Token).end, m.end)) {
        // Nor do its words name a happening of their own: "Ausnahmezustand" in "Der Ausnahmezustand könne aufgehoben werden".
        (speculated ??= []).push(m);
        continue;
      }
    }
    // "The death toll is expected to rise": a forecast of a tally, no count.
    if (
      scope.compiled.kinds.get(t.kind)?.entry.tallied &&
      forecastAfter(tokens, (i) => facts[i]?.hedge === true, m.end)
    )
      continue;
    if (!isQuoted((quoted ??= quotedSpans(text)), m.start, m.end)) {
      const hit: TriggerHit = { kind: t.kind, start: m.start, end: m.end };
      if (t.title) hit.title = t.title;
      if (t.patientOf) hit.patientOf = true;
      if (t.self) hit.self = true;
      if (t.held) hit.held = true;
      if (t.negates) hit.negates = true;
      hits.push(hit);
    }
  }
  if (speculated) {
    const spans = speculated;
    hits = hits.filter((h) => !spans.some((m) => m.start <= h.start && h.end <= m.end));
  }
  hits = outsideComparedCount(scope.lang, text, hits);
  if (hits.length > 1)
    hits = withoutPresumedDead(withoutWhenClause(withoutDemandingCrowd(hits, tokens, text), text), text);
  const meant =
    hits.length > 0
      ? // What was to be prevented ("fled to avoid bloodshed"), may come or is denied reports nothing.
        withoutDenied(
          withoutHypothetical(
            withoutPrevented(
              withoutEnabled(
                withoutPowers(
                  withoutPredicateNouns(withoutHabitual(withoutContinued(hits, text), text), text),
                  text,
                ),
                text,
              ),
              tokens,
              text,
            ),
            tokens,
            text,
          ),
          tokens,
        )
      : hits;
  const later = meant.length > 0 ? withoutEarlier(meant, text, s.timexes, scope.lexicon) : meant;
  // "Nach der Explosion … ist die Zahl der Todesopfer gestiegen": what came before, and caused it.
  const earlier = later.length < meant.length ? meant.filter((h) => !later.includes(h)) : NONE;
  const told = later.length > 0 ? withoutAttributive(later, text, scope.lexicon) : later;
  const calls = (kind: string) => scope.compiled.kinds.get(kind)?.entry.callsFor === true;
  const whole =
    told.length > 1
      ? withoutOpeningBackground(
          withoutMeasuredFrom(withoutNested(withoutAsides(told, text, tokens), calls), text),
          text,
          scope.lexicon,
        )
      : told;
  const described = withoutDescribedPlaces(whole, text, s.timexes);
  const phrases =
    described.length > 1
      ? withoutPlaceClauses(
          withoutReferenced(
            withoutJudgedFor(withoutTollCause(described, text), text),
            text,
            scope.lexicon,
            s.timexes,
          ),
          text,
          s.timexes,
        )
      : described;
  if (phrases.some((h) => h.patientOf)) actedOn(phrases);
  // "The death toll from Friday's attack has risen to 133": the attack is named, not reported, but
  // the sentence's time is still its time for a later "the attack".
  const named = phrases.length < whole.length ? whole.filter((h) => !phrases.includes(h)) : NONE;
  const spoken = aboutEnds
    ? withoutSpokenOf(phrases, aboutEnds, finalAbout ?? [], aboutSpans ?? [], text)
    : phrases;
  return {
    hits: withoutDefiniteSpokenOf(spoken, tokens, namedAgain, s.timeFrom === 'own' ? never : measureAgain),
    named,
    earlier,
    figures,
  };
}

const NONE: TriggerHit[] = [];
const never = (): boolean => false;

/**
 * A hit inside a longer one of another kind that begins or ends with it is a word of that phrase:
 * "ontslagen" in "1.000 werknemers ontslagen" is no dismissal, "geschrapt" in "500 banen
 * geschrapt" no cancellation. Anywhere inside a call it is what is called for ("zu dem Ausstand
 * aufgerufen").
 */
function withoutNested(hits: TriggerHit[], calls: (kind: string) => boolean): TriggerHit[] {
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o.kind !== h.kind &&
          o.start <= h.start &&
          h.end <= o.end &&
          (o.start === h.start || o.end === h.end || calls(o.kind)) &&
          o.end - o.start > h.end - h.start,
      ),
  );
}

/** "Nahm den Rücktritt an": the bare noun inside the acceptance is the same accepted resignation. */
function actedOn(hits: TriggerHit[]): void {
  for (const outer of hits) {
    if (!outer.patientOf) continue;
    for (const h of hits)
      if (h.kind === outer.kind && h.start >= outer.start && h.end <= outer.end) h.patientOf = true;
  }
}
