import { applyCorrections } from '../corrections/apply.ts';
import { hasNoCorrections, readCorrections } from './read-corrections.ts';
import { problem } from './problem.ts';
import { attempt, each } from './attempt.ts';
import type { ChronologyDocument, ChronologyEvent, EventFile } from '../schema/events.ts';
import { parseEventFile } from '../schema/validate.ts';
import { assembleEventFile, toDocument } from './assemble.ts';
import { compareText } from './compare-text.ts';
import { documentCountries } from './document-countries.ts';
import { documentsApart } from './documents-apart.ts';
import { fingerprint } from './fingerprint.ts';
import { extractCandidates } from './candidates/stage.ts';
import { withDemonymCounts } from './candidates/demonym-counts.ts';
import { defaultLexicon } from './candidates/lexicon.ts';
import { cleanArticle } from './clean.ts';
import { loadEntityData } from './entities/load.ts';
import { createEntityStage } from './entities/stage.ts';
import { KeptMentions } from './entities/kept-mentions.ts';
import { entityLookup } from './entities/lookup.ts';
import { homeOf } from './entities/role-country.ts';
import { parseHeader } from './header.ts';
import { detectLanguage, guessLanguage } from './language.ts';
import { mergeCandidates } from './merge/stage.ts';
import { resolvePublished } from './published.ts';
import { joinNameVariants, reportOrder } from './merge/name-variants.ts';
import { joinTitledGarbles, TitledHolders } from './merge/titled-garbles.ts';
import { redateUndated } from './redate-undated.ts';
import { InputFolderError, readArticles } from './read.ts';
import { segmentArticle } from './segment.ts';
import { StoryLinks } from './story-links.ts';
import { withinSeason } from './merge/season-apart.ts';
import { timeStage } from './time/stage.ts';
import { storyZone } from './story-zone.ts';
import { unreadLanguage } from './unread-language.ts';
import type { LanguageArticle, PublishedArticle, RawArticle, Warning } from './types.ts';

/** Reports whose day may change once every report has been read (see redate-undated.ts). */
const mayBeRedated = (article: PublishedArticle): boolean =>
  article.published.inferred || article.published.precision === 'month';
export { InputFolderError };

/** Why the run produced nothing usable: one line for the user, no stack trace. */
export class NothingUsableError extends Error {
  override readonly name = 'NothingUsableError';
  readonly warnings: Warning[];
  constructor(message: string, warnings: Warning[]) {
    super(message);
    this.warnings = warnings;
  }
}

/** A data file (gazetteer, actors) the user supplied is broken: one line naming file, field and reason. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

export type Timings = Record<string, number>;

export interface RunSummary {
  /** Article files found in the input folder. */
  files: number;
  /** Files and articles left out, each with a warning. */
  skipped: number;
  documents: number;
  events: number;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

function byStart(a: ChronologyEvent, b: ChronologyEvent): number {
  if (a.when.start !== b.when.start) return a.when.start < b.when.start ? -1 : 1;
  return byId(a, b);
}

function emptyFile(file: EventFile): EventFile {
  return { schemaVersion: file.schemaVersion, documents: [], events: [], places: [], actors: [] };
}

/**
 * read → header → clean → segment → language → published → time → places and actors →
 * candidates → merge → corrections → assemble → validate. Returns a valid event file; writing it
 * is the caller's.
 */
export async function runPipeline(opts: {
  inDir: string;
  dataDir: string;
}): Promise<{ file: EventFile; warnings: Warning[]; summary: RunSummary; timings: Timings }> {
  const timings: Timings = {};
  let clock = performance.now();
  // Milliseconds spent in each stage since the previous lap, for the benchmark's breakdown.
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - clock;
    clock = now;
  };
  let entityData: ReturnType<typeof loadEntityData>;
  try {
    entityData = loadEntityData(opts.dataDir);
  } catch (error) {
    throw new DataFileError(problem(error));
  }
  const entities = createEntityStage(entityData);
  // Capitalised adjectives of nationality ("Amerikaanse") name no one a report could share as news.
  const demonymForms = [...entityData.demonyms.values()].flat();
  const nationalities = new Set(demonymForms.map((d) => d.toLowerCase()));
  lap('load data');
  const read = await readArticles(opts.inDir);
  const warnings = read.warnings;
  const readCount = read.articles.length;
  lap('read');
  const skippedOnRead = warnings.length;
  if (readCount === 0) {
    throw new NothingUsableError(
      skippedOnRead > 0
        ? `${opts.inDir}: none of its articles could be read`
        : `${opts.inDir}: no .txt or .md articles in the folder`,
      warnings,
    );
  }
  const clean = (articles: RawArticle[]): LanguageArticle[] => {
    const out = each(
      articles,
      (article) => {
        const cleaned = cleanArticle(parseHeader(article));
        // Sentence rules depend on the language; a first guess from the whole text serves the segmenter.
        const lang = cleaned.meta.language ?? guessLanguage(cleaned.paragraphs.map((p) => p.text).join('\n'));
        return detectLanguage(segmentArticle(cleaned, lang));
      },
      warnings,
      'cleaning',
    ).filter((article: LanguageArticle) => {
      if (article.sentences.length > 0) return true;
      warnings.push({
        file: article.file,
        message: 'no article text left after removing site boilerplate, skipped',
      });
      return false;
    });
    lap('clean, segment, language');
    return out;
  };
  // The merge asks which documents tell one story, the publication dates which dated ones an
  // undated one's story is: both from one fingerprint per document.
  const stories = new StoryLinks();
  const publish = (articles: LanguageArticle[]): PublishedArticle[] => {
    const prints = articles.map((a) => fingerprint(a.sentences.map((s) => s.text)));
    articles.forEach((a, i) => stories.add(a.id, a.language, prints[i] ?? new Set()));
    const out = resolvePublished(articles, prints, nationalities);
    lap('publication date');
    return out;
  };
  const published = publish(clean(read.articles.splice(0)));
  const lookup = entityLookup(entities);
  // A demonym's country, by the demonym in lower case ("armeniërs"): the people a count is of.
  const peopleCountries = new Map<string, string>();
  for (const [id, forms] of entityData.demonyms)
    for (const form of forms) peopleCountries.set(form.toLowerCase(), id);
  const countryOfPlace = (id: string) => lookup(id).country;
  const candidateOptions = {
    lexicon: withDemonymCounts(defaultLexicon, demonymForms, peopleCountries, (id) => lookup(id).name),
    nameOf: (id: string) => lookup(id).name,
    kindOf: (id: string) => lookup(id).kind,
    placeKindOf: (id: string) => lookup(id).placeKind,
    countryOfPlace,
    countryOfActor: homeOf(entityData),
    countryOfPeople: (word: string) => peopleCountries.get(word),
  };
  // From here on each article goes through time, places and actors, and candidates on its own and
  // only its document and candidates are kept: a large corpus never holds every sentence's time
  // expressions and mentions at once.
  const documents: ChronologyDocument[] = [];
  const candidates: ReturnType<typeof extractCandidates> = [];
  const holders = new TitledHolders(entityData.actors, (role) => entities.roleTitle(role));
  // The countries each document names: reports of two stories in one folder are told apart by them.
  const countriesNamed = new Map<string, readonly string[]>();
  const kept = new KeptMentions();
  const zoneOf = (a: PublishedArticle) => storyZone(a, entityData.zones, entities.annotate, countryOfPlace);
  const throughStages = (article: PublishedArticle) => {
    const timed = attempt(article, (a) => timeStage(a, zoneOf(a)), warnings, 'finding time expressions');
    lap('time');
    const annotated =
      timed &&
      attempt(
        timed,
        (a) => kept.annotate(a, (t) => entities.annotate(t), mayBeRedated(article)),
        warnings,
        'finding places and actors',
      );
    lap('places and actors');
    if (!annotated) return undefined;
    holders.noteDocument(annotated.id, annotated.sentences);
    countriesNamed.set(annotated.id, documentCountries(annotated.sentences, countryOfPlace));
    const document = toDocument(annotated);
    try {
      return { document, candidates: extractCandidates(annotated, candidateOptions) };
    } catch (error) {
      warnings.push({
        file: annotated.file,
        message: `finding events failed (${problem(error)}); the document is kept without events`,
      });
      return { document, candidates: [] };
    } finally {
      lap('candidates');
    }
  };
  // A day inferred from other reports may be a week off, and a month may be narrowed to a day:
  // those reports are kept to be dated again.
  const undated: PublishedArticle[] = [];
  for (const article of published.splice(0)) {
    const result = throughStages(article);
    if (!result) continue;
    documents.push(result.document);
    candidates.push(...result.candidates);
    if (mayBeRedated(article)) undated.push(article);
  }
  // A report of another story neither anchors an undated report's day nor runs in its toll.
  const countriesOf = (id: string) => countriesNamed.get(id);
  const apart = documentsApart(stories.same, countriesOf);
  redateUndated(undated, documents, candidates, lookup, throughStages, apart, countriesOf);
  // Documents are dated for good by now: each disagreeing figure is reported on its source's day.
  const publishedById = new Map(documents.map((d) => [d.id, d.published]));
  const publishedOf = (id: string) => publishedById.get(id);
  const sameStory = withinSeason(stories.same, publishedOf);
  const events: ChronologyEvent[] = mergeCandidates(
    joinNameVariants(
      joinTitledGarbles(candidates, holders, entityData.actors, sameStory),
      reportOrder(documents),
      sameStory,
    ),
    (id) => lookup(id).country,
    (id) => lookup(id).placeKind === 'city',
    (id) => lookup(id).point,
    sameStory,
    // The side a count is of ("the Russian-installed authorities") is the country of its demonym.
    (word) => {
      const id = peopleCountries.get(word);
      return id === undefined ? undefined : lookup(id).country;
    },
    publishedOf,
    candidateOptions.placeKindOf,
    documentsApart(sameStory, countriesOf),
    (id) => lookup(id).within,
  );
  lap('merge');
  const assembled = assembleEventFile(documents, events, entities);
  let file = assembled.file;
  for (const m of assembled.missing) {
    warnings.push({
      file: 'data',
      message: `${m} is referred to by an event but unknown; reference dropped`,
    });
  }
  const corrections = await readCorrections(opts.dataDir, warnings);
  if (corrections) {
    // An empty list changes nothing: its file is still checked, but the event file is not copied.
    const none = hasNoCorrections(corrections.json);
    const applied = applyCorrections(none ? emptyFile(file) : file, corrections.json, corrections.path);
    for (const p of applied.problems) {
      warnings.push({ file: corrections.path, message: p.replace(`${corrections.path}: `, '') });
    }
    if (!none) {
      // Corrections append what they add; the file's order must not depend on it.
      file = {
        ...applied.file,
        events: [...applied.file.events].sort(byStart),
        places: [...applied.file.places].sort(byId),
        actors: [...applied.file.actors].sort(byId),
      };
    }
  }
  const cited = new Set(file.events.flatMap((e) => e.sources.map((s) => s.document)));
  for (const doc of file.documents) {
    if (!cited.has(doc.id)) {
      const why = unreadLanguage(doc.language) ?? 'no datable event found';
      warnings.push({ file: doc.file, message: `${why}; the document is kept for reference` });
    }
    if (doc.published.date === '1970-01-01') {
      warnings.push({ file: doc.file, message: 'no publication date and nothing to infer one from' });
    }
  }
  lap('assemble and correct');
  const valid = parseEventFile(file, 'event file');
  lap('validate');
  return {
    file: valid,
    warnings,
    timings,
    summary: {
      files: readCount + skippedOnRead,
      skipped: readCount + skippedOnRead - documents.length,
      documents: valid.documents.length,
      events: valid.events.length,
    },
  };
}
