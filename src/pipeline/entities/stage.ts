/**
 * The places-and-actors stage: every sentence gets its mentions (text as written, offsets, the
 * place or actor id and how it was resolved), in two passes over the document so that what the
 * whole document says can back a fuzzy or contextual resolution.
 */
import { nameFires } from './fire-names.ts';
import { linkNicknames } from './nicknames.ts';
import type { Actor, Place } from '../../schema/events.ts';
import type { AnnotatedArticle, TimedArticle } from '../types.ts';
import type { EntityData } from './data.ts';
import { cover, toMentions, unlisted, type SentenceState, type UnknownNames } from './found.ts';
import { localiseInstitutions } from './institutions.ts';
import { retitleOtherHolders } from './other-holder.ts';
import { documentContext, firstPass } from './first-pass.ts';
import { buildModel, type EntityModel } from './model.ts';
import { opensDutchPortfolio } from './dutch-portfolio.ts';
import {
  endsRoleCompound,
  isFunctionWord,
  isGermanApposition,
  isGermanArticle,
  isPersonTitle,
  isStormWord,
  isWindWord,
} from './name-edges.ts';
import { isLoneAcronym } from './acronyms.ts';
import { isInquiryObject } from './inquiry-objects.ts';
import { modifiesNoun } from './name-modifier.ts';
import { namesHolyDay } from './holy-days.ts';
import { dropCountedNouns } from './counted-nouns.ts';
import { namesPlace, namesSettlement, opensWithPlaceNoun, placeCueBefore } from './place-cues.ts';
import { capitalisedRuns, isTitle, isUnknownName, stripLeading } from './proper-names.ts';
import { isDestination, routeStart } from './route-ends.ts';
import { citySpelling } from './city-spelling.ts';
import { respelledHolder } from './respelled-holder.ts';
import { contextResolve, fuzzyResolve, givenNamesFit, type DocumentContext } from './repair.ts';
import { splitFamilyName } from './split-family-name.ts';
import { translatedCompound } from './translated-compound.ts';
import { hyphenatedGivenStart } from './hyphenated-given.ts';
import {
  joinTranslatedParticle,
  translatedFamilyWord,
  translatedParticleName,
} from './translated-particle.ts';
import { regionAfter } from './region-after.ts';
import { placesWithin } from './place-within.ts';
import { linkSurnames } from './surnames.ts';
import type { Token } from './text.ts';
import { townAdjectiveAndNoun } from './town-adjectives.ts';
import { otherGivenNameEnd, titledHolder } from './garbled-given-name.ts';
import { otherName, unknownName } from './unlisted-names.ts';
import { matchTown } from './town-match.ts';
import { isQualifier, otherBearerStart } from './other-bearer.ts';
import { dropForeignLandmarks } from './foreign-landmarks.ts';
import {
  announcesGermanName,
  endBeforeQuantity,
  isGermanWomansRole,
  opensGermanAppositionAfterAdjective,
} from './german-common-nouns.ts';
import { germanCompoundTail, isGermanNounPhrase } from './german-noun-phrases.ts';
import { isIndefiniteArticle } from './indefinite-article.ts';
import { linkPlacesNamedAgain } from './place-named-again.ts';

export interface EntityStage {
  annotate(article: TimedArticle): AnnotatedArticle;
  place(id: string): Place | undefined;
  /** The ids of the listed regions a place lies in, nearest first (place-within.ts). */
  within(id: string): readonly string[];
  actor(id: string): Actor | undefined;
  /** A role's title without its country, folded ("Interior Minister of France" → "interior minister"). */
  roleTitle(role: string): string;
}

/**
 * "Piet de Vries", "Ursula von der Leyen": a particle goes on from one given name, or one name
 * after a title, also a lowercase Dutch or German one before the run ("burgemeester Jan van
 * Zanen"); never from an acronym ("De PVV van Geert Wilders").
 */
function beforeParticle(model: EntityModel, tokens: Token[], runFirst: number, end: number): boolean {
  let first = runFirst;
  while (
    first < end &&
    (isFunctionWord(tokens[first]?.norm ?? '') ||
      isPersonTitle(tokens[first]?.norm ?? '') ||
      isGermanWomansRole(tokens[first]?.norm ?? ''))
  )
    first++;
  const name = tokens[first];
  if (end - first !== 1 || !name || name.allCaps) return false;
  return (
    model.lexicon.proper.has(name.norm) || (first > 0 && isPersonTitle((tokens[first - 1] as Token).norm))
  );
}

function secondPass(
  model: EntityModel,
  state: SentenceState,
  doc: DocumentContext,
  language: string,
  unknowns: UnknownNames,
): void {
  const { tokens, covered, found, sentence } = state;
  const text = sentence.text;
  // German "den", "der" after a name open a noun phrase ("Bosch den Abbau"); "von der Leyen" opens with "von".
  const runs = capitalisedRuns(
    tokens,
    text,
    covered,
    (runFirst, end) =>
      !(language === 'de' && isGermanArticle(tokens[end]?.norm ?? '')) &&
      !(language === 'nl' && opensDutchPortfolio(tokens, end + 1)) &&
      beforeParticle(model, tokens, runFirst, end),
    (runFirst, end) => namesSettlement(tokens, text, runFirst, end, language),
  );
  for (let r = 0; r < runs.length; r++) {
    const span = runs[r] as [number, number];
    const runFirst = span[0];
    // "CrowdStrike Millionen Windows-Rechner": a quantity opens what the name acts on.
    const end = endBeforeQuantity(tokens, span[0], span[1]);
    if (language === 'de' && isGermanNounPhrase(tokens, text, runFirst, end)) continue;
    const stripped = stripLeading(model, tokens, text, { first: runFirst, end, language });
    let first = stripped;
    // Where the run's words may begin a name: after a town matched in it.
    let from = runFirst;
    // A town's name may be an ordinary word elsewhere ("Assen"), which stripLeading takes away.
    for (let at = runFirst; at <= stripped && at < end; at++) {
      const town = matchTown(model, tokens, text, { first: at, end }, { language, countries: doc.countries });
      if (!town) continue;
      cover(state, unlisted(at, town.end, 'place', town.place.id, town.resolution));
      // German capitalises the nouns after it ("in Meppen Polizisten"): they go on as a run.
      first = town.end;
      from = town.end;
      break;
    }
    if (first === stripped && opensWithPlaceNoun(tokens, first, end, language)) first++;
    const next = found.find((f) => f.first === end && f.person && f.id);
    // "Melania Trump", "Hunter Biden": another given name before a listed surname is someone else,
    // also one that is ordinary vocabulary too, which stripLeading takes away.
    const held = next !== undefined && titledHolder(model, tokens, text, { ...next, first });
    const other =
      next && !held ? otherBearerStart(model, tokens, text, next, { first: from, end, language }) : undefined;
    if (next && other !== undefined) {
      otherName(model, state, next, other, next.end, 'fuzzy', unknowns);
      continue;
    }
    if (first === end) continue;
    // "Russlands Präsident Wladimir Putin", "Kasachstans Präsident Tokajew": what ends in a title
    // before a listed person is that person's title, no name of its own.
    if (next && isTitle(model, (tokens[end - 1] as Token).norm)) continue;
    const run = tokens.slice(first, end);
    const cue = model.roles.cueBefore(tokens, text, first);

    // Given names before a listed surname, as transliterated or misspelt: "Wolodymyr Selenskyj", "Wolodimir Zelensky".
    // "Finance minister Richard Hammond": after a title he holds, a given name not his is garbled.
    if (next?.id && (held || givenNamesFit(model, next.id, run))) {
      next.first = first;
      next.resolution = 'fuzzy';
      for (let i = first; i < end; i++) covered[i] = 1;
      continue;
    }
    if (joinTranslatedParticle(model, state, first, end)) continue;
    // "Yoon Yeo-jeong" after the title Yoon Suk Yeol holds is his name garbled; without it, someone else's.
    const family = found.find((f) => f.end === first && f.person);
    const given = family && otherGivenNameEnd(model, tokens, text, family, first, end);
    if (family && given) {
      otherName(model, state, family, family.first, given, 'context', unknowns);
      continue;
    }
    // "the late President Hugo Chávez" held the title once: he is no garble of its holder now.
    const current = cue && !isQualifier(tokens[cue.first - 1]?.norm ?? '') ? cue : undefined;
    // "Ashraf Gandhi, the president of the Islamic Republic of Afghanistan": a title after the name,
    // looked for only when no near spelling resolves it.
    const placeCue = placeCueBefore(tokens, text, first, language);
    const resolved =
      splitFamilyName(model, run) ??
      translatedParticleName(model, run) ??
      fuzzyResolve(model, run, cue, doc, isIndefiniteArticle(tokens[first - 1]?.norm)) ??
      contextResolve(
        model,
        run,
        current ?? (cue ? undefined : model.roles.cueInApposition(tokens, text, first, end)),
        doc,
      ) ??
      translatedFamilyWord(model, run) ??
      translatedCompound(model, run) ??
      citySpelling(model, run, placeCue, doc);
    if (resolved) {
      const start =
        resolved.type === 'actor' ? hyphenatedGivenStart(model, state, first, resolved.id) : first;
      cover(state, unlisted(start, end, resolved.type, resolved.id, resolved.resolution));
      continue;
    }
    // "Rowan Atkinson" after the title Ruwan Wijewardene holds: its given name may be a common word.
    const respelled = end - 2 >= runFirst ? respelledHolder(model, tokens, text, end - 2, doc) : undefined;
    if (respelled) {
      cover(state, unlisted(end - 2, end, respelled.type, respelled.id, respelled.resolution));
      continue;
    }
    // A role compound or a German noun in apposition announces a name as a title does:
    // "Verdi-Chef Werneke", "die Gewerkschaft Verdi".
    const titled =
      cue !== undefined ||
      (first > 0 && isPersonTitle((tokens[first - 1] as Token).norm)) ||
      endsRoleCompound(tokens, text, first - 1) ||
      (language === 'de' &&
        !germanCompoundTail(tokens, text, first) &&
        (isGermanApposition(tokens, first - 1) ||
          opensGermanAppositionAfterAdjective(tokens, first - 1) ||
          announcesGermanName(tokens, text, first - 1)));
    // A German settlement or landform noun announces a name as a title does: "das Dorf Ojtal", and
    // so does a compass direction: "nördlich von Grindavík".
    const placeNoun = placeCue === 'settlement' || placeCue === 'landform' || placeCue === 'facility';
    const announced = titled || (language === 'de' && (placeNoun || placeCue === 'compass'));
    const timexes = sentence.timexes;
    // "storm Henk", "Santa Ana winds": a storm's or a wind's name, neither a person nor an organisation.
    if (first > 0 && isStormWord((tokens[first - 1] as Token).norm)) continue;
    if (isWindWord(tokens[end]?.norm) || (end - first > 1 && isWindWord(tokens[end - 1]?.norm))) continue;
    // "die Potsdamer Stadtverwaltung", "die Kölner Polizei": after a town's adjective, stripped
    // or not, a German capitalised word is a common noun.
    if (language === 'de' && townAdjectiveAndNoun(model, tokens, first, end)) continue;
    if (modifiesNoun(tokens, text, { end, language }) || namesHolyDay(tokens, first, end)) continue;
    if (isUnknownName(model, tokens, text, first, end, { language, titled: announced, timexes })) {
      const id = unknownName(text, tokens, first, end, unknowns);
      // "auf der Insel Fehmarn": the noun in apposition is a place noun, no title.
      const place =
        ((!titled || placeNoun) && namesPlace(tokens, text, first, end, language)) ||
        regionAfter(model, found, tokens, text, end);
      // "from Athens to Corinth", "bound for Corinth": one word where a journey goes; "to Anna
      // Schmidt" is a person.
      const routeEnd =
        end - first === 1 &&
        (routeStart(model, tokens, text, first, language) !== undefined ||
          isDestination(tokens, text, first, language));
      if (place || routeEnd) unknowns.places.add(id);
      else if (isLoneAcronym(tokens, first, end) || isInquiryObject(tokens, text, first, language))
        unknowns.organisations.add(id);
      cover(state, unlisted(first, end, 'unknown', id, 'unresolved'));
    }
  }
}

export function createEntityStage(data: EntityData): EntityStage {
  const model = buildModel(data);
  const unknowns: UnknownNames = { names: new Map(), places: new Set(), organisations: new Set() };
  return {
    annotate(article) {
      const states = article.sentences.map((s) => firstPass(model, s, article.language, unknowns));
      const doc = documentContext(model, states);
      for (const state of states) localiseInstitutions(model, state, doc);
      retitleOtherHolders(model, states, doc);
      for (const state of states) secondPass(model, state, doc, article.language, unknowns);
      linkPlacesNamedAgain(states);
      linkSurnames(states, model.lexicon);
      linkNicknames(states, (id) => model.actors.get(id)?.kind === 'person');
      nameFires(model, states, article.language, unknowns);
      dropForeignLandmarks(model, states);
      dropCountedNouns(states, article.language);
      // Object.assign, not a spread: this Node's spread of a many-keyed object is several times slower.
      const sentences = states.map((s) => Object.assign({}, s.sentence, { mentions: toMentions(s) }));
      return { ...article, sentences };
    },
    roleTitle: (role) => model.roles.titleOf(role),
    place(id) {
      const p = model.places.get(id) ?? model.towns.get(id);
      if (!p) return undefined;
      return {
        id: p.id,
        name: p.name,
        names: { ...p.names },
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
        ...(p.country ? { country: p.country } : {}),
      };
    },
    within: (id) => placesWithin(id, model.places),
    actor(id) {
      const a = model.actors.get(id);
      if (a)
        return {
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: [...a.aliases, ...Object.values(a.aliasesIn ?? {}).flat()],
        };
      const country = model.places.get(id);
      if (country?.kind === 'country') return { id, name: country.name, kind: 'country', aliases: [] };
      const unknown = unknowns.names.get(id);
      // A place no gazetteer lists has no coordinates for the event file's places: it stays an
      // actor, of kind place, so that no one takes it for a person.
      const kind = unknowns.organisations.has(id)
        ? 'organisation'
        : unknowns.places.has(id)
          ? 'place'
          : 'unknown';
      if (unknown) return { id, name: unknown, kind, aliases: [] };
      return undefined;
    },
  };
}
