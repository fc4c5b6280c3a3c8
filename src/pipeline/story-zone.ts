import { documentCountries, type CountryOfPlace } from './document-countries.ts';
import { hasZonedClock } from './time/live-entries.ts';
import { timeStage } from './time/stage.ts';
import { hasReaderZoneClock } from './time/zone-echo.ts';
import type { AnnotatedArticle, PublishedArticle, TimedArticle } from './types.ts';

/**
 * The IANA zone a live blog's "11.20pm GMT" or a report's "om 05.11 uur Nederlandse tijd" is read
 * in: that of the first country its places lie in, where that country keeps one zone. Only an
 * article whose clocks name a zone is read once more (`annotate`) to find its places.
 */
export function storyZone(
  article: PublishedArticle,
  zones: ReadonlyMap<string, string>,
  annotate: (article: TimedArticle) => AnnotatedArticle,
  countryOf: CountryOfPlace,
): string | undefined {
  if (!hasZonedClock(article.paragraphs) && !hasReaderZoneClock(article.paragraphs)) return undefined;
  const country = documentCountries(annotate(timeStage(article)).sentences, countryOf)[0];
  return country === undefined ? undefined : zones.get(country);
}
