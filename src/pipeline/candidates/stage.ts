import type { AnnotatedArticle } from '../types.ts';
import { candidateOf } from './candidate.ts';
import { figuresOf } from './figures-of.ts';
import { outsideNamedClauses } from './referenced.ts';
import { conceptsIn, killing, type CompiledTrigger } from './compiled.ts';
import type { EventCandidate } from './event-candidate.ts';
import { causesOfDeaths, chooseHappenings, subordinateSpan, type TriggerHit } from './happenings.ts';
import { sentenceFigures, triggerHits } from './hits.ts';
import { findMatches } from './match.ts';
import { withFollowedClause } from './followed-clause.ts';
import { countSaidOn } from './said-on.ts';
import { toldWithSaidToll } from './said-toll.ts';
import { conceptIds, conceptMatches } from './concept-matches.ts';
import { happeningTopics } from './source-topics.ts';
import { subordinateTopics } from './clause-topics.ts';
import { Speeches } from './speech-content.ts';
import type { Reading } from './reading.ts';
import { scopeOf } from './scope.ts';
import { isDefiniteMention, StoryTimes } from './story-times.ts';
import { onDefiniteNoun } from './definite-relative.ts';
import { toldHappenings } from './told-happenings.ts';
import { dateFromStory } from './story-dating.ts';
import { toldNoCount } from './count-told-before.ts';
import { Bulletin } from './bulletin.ts';
import { CausedTolls } from './caused-toll.ts';
import { killerOf } from './killer.ts';
import { DEATHS_KIND } from './title.ts';
import { tokenize } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';
import { afterArticle } from './article-name.ts';
import { heldSince } from './held-since.ts';
import { whenFrom } from './time.ts';
import { recoveriesAsTolls } from './recovery-toll.ts';
import { dateLede, type ToldSentence } from './lede-day.ts';
import { saidSinceNews } from './said-since-news.ts';
import { withFiguresGoingOn } from './figures-going-on.ts';
import { type Antecedents, withCoreference } from './coreference.ts';
import { isSentenceLike } from './sentence-like.ts';
import { placedReading } from './subject-place.ts';
import { scopeToClause } from './clause-scope.ts';
import { scopeToDescriptions } from './described-scope.ts';
import { gappedShareToll, withoutGappedShare } from './gapped-share.ts';
import { MISSING_KIND, stillCountedOn } from './still-counted.ts';
import { happenedAgain } from './happened-again.ts';
import { ParagraphPlaces, withPlaceReference } from './place-reference.ts';
import { countCountries } from './country-counts.ts';
import { mainCountry, withCountryReference } from './country-reference.ts';
import { ParagraphCountry } from './paragraph-country.ts';
import { withHomePlaces } from './home-places.ts';
import { outsideComparedCount } from '../time/compared-count.ts';
import { ownCountry } from './own-nationals.ts';
import { relativeClauseSpans } from './relative-clause.ts';
import type { CandidateOptions } from './options.ts';

const NO_HITS: readonly TriggerHit[] = [];

/** Sentences that report something happening, each as a candidate event with an English title. */
export function extractCandidates(
  article: AnnotatedArticle,
  options: CandidateOptions = {},
): EventCandidate[] {
  const scope = scopeOf(article, options);
  const { lexicon, compiled, lang } = scope;
  const heading = (p: { heading?: boolean }) => p.heading === true;
  const headings = new Set(article.paragraphs.filter(heading).map((p) => p.id));
  const candidates: EventCandidate[] = [];
  const story = new StoryTimes();
  const bulletin = new Bulletin();
  const speeches = new Speeches();
  const caused = new CausedTolls();
  let previous: Antecedents = { persons: [], text: '' };
  const paragraphPlaces = new ParagraphPlaces();
  const countries = countCountries(article.sentences, scope.isCountry, options.countryOfPlace);
  const country = mainCountry(countries);
  const mainCode =
    country?.id === undefined ? undefined : (options.countryOfPlace?.(country.id) ?? country.id);
  const paragraphCountry = new ParagraphCountry(
    country,
    scope.countryOf,
    (m) => m.id !== undefined && (m.id === country?.id || options.countryOfPlace?.(m.id) === mainCode),
  );
  let gap = 0;
  let reported = 0;
  // Kinds the sentences read so far named, with the first one's index; one recalling others by those too.
  const told = new Map<string, number>();
  let sentenceIndex = 0;
  const measureAgain = (kind: string): boolean =>
    compiled.kinds.get(kind)?.entry.inForce === true && (told.get(kind) ?? sentenceIndex) < sentenceIndex;
  const happeningsTold = toldHappenings(told, compiled.kinds, lexicon, lang);
  const recallsOf = (kind: string): readonly string[] | undefined => compiled.kinds.get(kind)?.entry.recalls;
  const namedAgain = (kind: string): boolean => {
    const recalls = recallsOf(kind);
    return recalls !== undefined && (told.has(kind) || recalls.some((k) => told.has(k)));
  };
  // The candidates of the sentence just before, when it stands in the same paragraph, are
  // candidates[beforeFrom .. beforeTo): looked at only for a trigger that counts after a kind.
  let beforeFrom = 0;
  let beforeTo = 0;
  // "… zeker 150 mensen om het leven zijn gekomen. Honderden mensen raakten gewond.": a count
  // running on from an undated one of the sentence before.
  const undatedCountBefore = (): boolean => {
    for (let i = beforeFrom; i < beforeTo; i++) {
      const b = candidates[i] as EventCandidate;
      if (b.figures.length > 0 && b.when.precision === 'before-publication' && !b.toldToll) return true;
    }
    return false;
  };
  const reportedBefore = (kind: string): boolean =>
    candidates.slice(beforeFrom, beforeTo).some((c) => c.kind === kind);
  let paragraph: string | undefined;
  const toldSentences: ToldSentence[] = [];
  for (const s of article.sentences) {
    const afterReport = candidates.length > reported;
    beforeFrom = s.paragraph === paragraph && afterReport ? reported : 0;
    beforeTo = s.paragraph === paragraph && afterReport ? candidates.length : 0;
    const opensParagraph = s.paragraph !== paragraph;
    // The places the paragraph named last: "daar" and its residents stand there.
    const placesBefore = paragraphPlaces.before(s, opensParagraph);
    paragraph = s.paragraph;
    reported = candidates.length;
    const tokens = tokenize(s.text);
    const facts = scope.vocabulary.ofTokens(tokens);
    const near = withPlaceReference(
      tokens,
      withCoreference(s, tokens, facts, previous, scope.isPerson, lang),
      placesBefore,
      lang,
      (i) => (facts[i] as WordFacts<CompiledTrigger>).triggers.length > 0,
    );
    let mentions = withCountryReference(s.text, near, paragraphCountry.of(s.paragraph, near), lang);
    if (s.mentions.length > 0) mentions = outsideComparedCount(lang, s.text, mentions);
    // The antecedent is a person named in one of the two sentences just before ("“…,” he said." in
    // between); a name after an article ("de Notre-Dame") is a thing.
    const persons = mentions.filter((m) => scope.isPerson(m) && !afterArticle(s.text, m));
    gap = persons.length > 0 ? 0 : gap + 1;
    // A paragraph that opens naming no one ("Der Flughafen von Almaty ist …") turns to something
    // else: its "Er" is the airport, not the spy chief of the paragraph before.
    if (persons.length > 0 || gap > 1 || opensParagraph) previous = { persons, text: s.text };
    if (headings.has(s.paragraph) || !isSentenceLike(s.text)) continue;
    let raw = findMatches(tokens, (i) => (facts[i] as WordFacts<CompiledTrigger>).triggers);
    // "Das Unglück ereignete sich … gegen 22.15 Uhr": the article's happening, dated again.
    if (raw.length === 0 && s.timeFrom === 'own') raw = happenedAgain(tokens, happeningsTold()[0]);
    if (raw.length === 0) continue;
    sentenceIndex = s.index;
    const reading: Reading = {
      s,
      tokens,
      facts,
      mentions,
      afterReport,
      namedAgain,
      measureAgain,
      reportedBefore,
    };
    const readingOf = placedReading(scope, reading, candidates);
    // "tear gas" names no fuel: a qualifier's phrase keeps its words.
    const found = conceptMatches(tokens, facts);
    const present = conceptIds(found);
    const { hits: all, named, earlier, figures } = triggerHits(scope, reading, raw, present);
    const hits = speeches.told(all, s, present);
    for (const { item } of raw) if (!told.has(item.kind)) told.set(item.kind, s.index);
    if (hits.length === 0) continue;
    const figuresTold = outsideNamedClauses(
      figures ?? sentenceFigures(s, lang, lexicon, tokens),
      named,
      s.text,
      s.timexes,
    );
    const subordinate = subordinateSpan(s.text, tokens[facts.findIndex((f) => f.splitter)]);
    const chosen = chooseHappenings(
      hits,
      subordinate,
      s.timexes,
      figuresTold,
      compiled.kinds,
      s.text,
      lang,
      s.timeFrom === 'context',
    );
    const { happenings, figures: allFigures } = withFollowedClause(chosen, figuresTold, tokens, s, lang);
    const concepts = conceptsIn(happeningTopics(s.text, found, present), lexicon, compiled);
    const dated = s.timexes.filter((t) => t.interval !== null);
    // Every happening a dated sentence names is dated with it, whether or not it gets a candidate of
    // its own; a day of saying dates only what is said.
    if (s.timeFrom === 'own' && !countSaidOn(s, raw, s.when.value)) {
      for (const h of hits) story.note(h.kind, s.when);
      for (const h of named) story.note(h.kind, s.when);
    }
    const first = candidates.length;
    const causes = causesOfDeaths(hits, happenings, compiled.kinds, s.text, s.timexes, lang);
    const shared = allFigures.some((f) => f.share === true);
    const reads = recoveriesAsTolls(
      happenings,
      (h, all) => figuresOf(h, all, allFigures, s.text, hits),
      raw.some((r) => r.item.kind === 'statement'),
      s.text,
    );
    for (const h of causes.length > 0 ? [...reads, ...causes] : reads) {
      const kind = compiled.kinds.get(h.kind)?.entry;
      if (!kind) continue;
      const own = h.began ? [] : figuresOf(h, reads, allFigures, s.text, hits);
      if (
        toldNoCount({
          kind: h.kind,
          start: h.start,
          tallied: kind.tallied === true,
          text: s.text,
          tokens,
          figures: allFigures.length,
          own: own.length,
          persons,
          index: s.index,
          deathsToldAt: told.get(DEATHS_KIND),
          deathsJustBefore: h.kind === DEATHS_KIND && reportedBefore(DEATHS_KIND),
        })
      )
        continue;
      const topics = subordinateTopics(s.text, found, subordinate, h, kind.tallied === true, concepts);
      const c = candidateOf(scope, readingOf(h.kind), h, kind, own, topics, dated, shared);
      // "Een eerste groep Nederlanders is … geëvacueerd": their own country took them out.
      const people = kind.byAgent && !c.agent && options.countryOfPeople;
      const country = people ? ownCountry(s.text, tokens, people) : undefined;
      if (country) c.agent = country;
      // What the toll is of, named before it ("Nach der Explosion …") or hung on it ("the toll from").
      const cause = h.kind === DEATHS_KIND ? killerOf(h, NO_HITS, [...named, ...earlier], s.text) : undefined;
      const killer = h.kind === DEATHS_KIND ? (killerOf(h, hits, named, s.text) ?? cause) : undefined;
      if (killer) c.killer = killer;
      // Named with a definite article ("the attack", "de uitvaart"): a happening told before.
      const definite = isDefiniteMention(tokens, h.start) || onDefiniteNoun(tokens, h.start);
      if (h.held) {
        const since = heldSince(s.text, dated);
        if (!since) continue;
        c.when = whenFrom(since, c.when);
      }
      // A cause told only beside its dead stands only where it joins them ("Attack in Paris"), not
      // as a war's strikes ("Russia strikes Kyiv"), whose dead are not one attack's; nor where it
      // is named again ("Bei den Angriffen … getötet, davon 33 in Kiew"): the sentence is its toll.
      if (causes.includes(h)) {
        if (!c.deadlyTitle || definite) continue;
        c.causeOnly = true;
      }
      // "The fire broke out at about 6:50 p.m." after "A huge fire swept through …": the article's
      // own fire told again, as a funeral is, where a kind happens once or at one place.
      if (definite) c.definite = true;
      if ((kind.once || kind.far || kind.rare) && definite) c.namedAgain = true;
      let said: boolean | undefined;
      const saidOnItsDay = () => (said ??= countSaidOn(s, raw, c.when.value, tokens, lexicon));
      const saysToll = () => toldWithSaidToll(h, happenings, compiled.kinds, allFigures) && saidOnItsDay();
      if (
        kind.tallied &&
        own.length > 0 &&
        (own.some((f) => f.tally) ||
          saidOnItsDay() ||
          allFigures.some((f) => f.tally && !own.includes(f)) ||
          bulletin.gives(s.paragraph, s.timeFrom === 'own', c.when))
      ) {
        c.tally = true;
        bulletin.dateCount(c);
      }
      // The day of a saying that gives a toll dates the count, not what did the killing.
      else if (!kind.tallied && !kind.announces && saysToll()) c.tally = true;
      dateFromStory({
        article,
        s,
        tokens,
        raw,
        h,
        kind,
        c,
        own,
        definite,
        saidOnItsDay,
        recallsOf,
        story,
        happenings: happeningsTold,
        undatedCountBefore,
      });
      const still = h.kind === MISSING_KIND ? stillCountedOn(tokens, c.when, article.published) : undefined;
      if (still) c.when = still;
      if (c.tally && h.kind === DEATHS_KIND) bulletin.noteToll(s.paragraph, c.when);
      scopeToClause(c, h, mentions, subordinate, relativeClauseSpans(s.text, lang), s.text, kind.noScene);
      scopeToDescriptions(c, h, mentions, s.text, lang);
      withoutGappedShare(c, mentions, s.text);
      candidates.push(c);
      caused.noteToll(candidates.length - 1, c, cause, killer, saidOnItsDay);
      // "In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41": Belgium's own toll.
      const share = kind.tallied ? gappedShareToll(c, mentions, s.text) : undefined;
      if (share) candidates.push(share);
    }
    toldSentences.push({
      paragraph: s.paragraph,
      kinds: raw.map((r) => r.item.kind),
      own: s.timeFrom === 'own' ? s.when : undefined,
      from: first,
      to: candidates.length,
    });
  }
  caused.date(candidates, (kind) => story.recall(kind, recallsOf(kind)));
  const order = article.paragraphs.map((p) => p.id);
  dateLede(toldSentences, candidates, {
    paragraphAfter: (p) => order[order.indexOf(p) + 1],
    paragraphDated: (p) => article.sentences.some((s) => s.paragraph === p && s.timeFrom === 'own'),
    deadly: (kind) => killing(compiled.kinds, kind),
    published: article.published.date,
  });
  saidSinceNews(candidates, article);
  return withHomePlaces(
    withFiguresGoingOn(candidates, article, lexicon),
    article,
    countries,
    country,
    (p) => paragraphPlaces.in(p),
    options,
  );
}
