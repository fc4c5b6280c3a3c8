import { documentCountries, type CountryOfPlace } from './document-countries.ts';
import { hasZonedClock } from './time/live-entries.ts';
import { timeStage } from './time/stage.ts';
import { inZone } from './time-zone.ts';
import { readerZoneOf } from './time/zone-echo.ts';
import type { AnnotatedArticle, PublishedArticle, TimedArticle } from './types.ts';

/**
 * The IANA zone a live blog's "11.20pm GMT" or a report's "om 05.11 uur Nederlandse tijd" is read
 * in: that of the first country its places lie in (abroad, for a report telling the reader's
 * zone), where that country keeps one zone. Only an
 * article whose clocks name a zone is read once more (`annotate`) to find its places.
 */
export function storyZone(
  article: PublishedArticle,
  zones: ReadonlyMap<string, string>,
  annotate: (article: TimedArticle) => AnnotatedArticle,
  countryOf: CountryOfPlace,
): string | undefined {
  const reader = readerZoneOf(article.paragraphs);
  if (!hasZonedClock(article.paragraphs) && reader === undefined) return undefined;
  const countries = documentCountries(annotate(timeStage(article)).sentences, countryOf);
  // A time told in the reader's zone is of a happening abroad: a German report from Berlin tells
  // "In der Nacht zu Dienstag deutscher Zeit" of an explosion in Japan.
  const day = article.published.date;
  const abroad =
    reader === undefined ? undefined : countries.find((c) => !keepsClock(zones.get(c), reader, day));
  const country = abroad ?? countries[0];
  return country === undefined ? undefined : zones.get(country);
}

/** Whether the zone `zone` reads the same clock as the reader's zone on `day`. */
function keepsClock(zone: string | undefined, reader: string, day: string): boolean {
  return zone !== undefined && inZone(day, '12:00', reader, zone)?.time === '12:00';
}
