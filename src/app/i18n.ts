import type { Published, When } from '../schema/events.ts';
import { formatUtc, parseUtc } from './date-format.ts';
import type { UiLanguage } from './state.svelte.ts';

const en = {
  appTitle: 'Crisis chronology',
  loading: 'Loading the chronology…',
  loadFailed: 'Could not load the chronology',
  errorFile: 'File',
  errorField: 'Field',
  errorReason: 'Problem',
  timeline: 'Timeline',
  map: 'Map',
  sources: 'Sources',
  list: 'List',
  toolbar: 'View and share',
  interfaceLanguage: 'Interface language',
  summary: '{shown} of {total} events from {documents} articles',
  filters: 'Filters',
  search: 'Search titles and sentences',
  actor: 'Actor',
  place: 'Place',
  document: 'Source document',
  language: 'Language',
  all: 'All',
  severalSelected: '{count} selected',
  clearFilters: 'Clear filters',
  noMatches: 'No events match the filters.',
  listCaption: 'Events in time order',
  date: 'Date',
  event: 'Event',
  places: 'Places',
  actors: 'Actors',
  sourceCount: 'Sources',
  figures: 'Figures',
  pickEvent: 'Select an event on the timeline, the map or the list to read the sentences that report it.',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  closeEvent: 'Close',
  reported: 'Reported as “{text}”',
  dateFromContext: 'Date taken from the sentences around it; the cited sentence names none',
  inferred: 'inferred',
  published: 'Published',
  outlet: 'Outlet',
  unknownOutlet: 'Unknown outlet',
  conflicts: 'Where sources disagree',
  countsChanged: 'How the figures changed as reports came in',
  reportedOn: 'reported {day}',
  countChanged: '{field}: figures changed as reports came in',
  weekOf: 'week of {day}',
  beforeDay: 'before {day}',
  weekendOf: 'weekend of {day}',
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
  eventsAt: 'Events at {place}',
  showAllPlaces: 'Show all places',
  noEventsAt: 'No events at this place match the filters.',
  withoutPlace: 'Events without a place',
  unknownEvent: 'There is no event “{id}” in this chronology.',
  edited: 'Edited by hand',
} as const;

export type MessageKey = keyof typeof en;

const dutch: Record<MessageKey, string> = {
  appTitle: 'Crisischronologie',
  loading: 'De chronologie wordt geladen…',
  loadFailed: 'De chronologie kon niet worden geladen',
  errorFile: 'Bestand',
  errorField: 'Veld',
  errorReason: 'Probleem',
  timeline: 'Tijdlijn',
  map: 'Kaart',
  sources: 'Bronnen',
  list: 'Lijst',
  toolbar: 'Weergave en delen',
  interfaceLanguage: 'Taal van de interface',
  summary: '{shown} van {total} gebeurtenissen uit {documents} artikelen',
  filters: 'Filters',
  search: 'Zoek in titels en zinnen',
  actor: 'Actor',
  place: 'Plaats',
  document: 'Brondocument',
  language: 'Taal',
  all: 'Alle',
  severalSelected: '{count} geselecteerd',
  clearFilters: 'Filters wissen',
  noMatches: 'Geen gebeurtenissen voldoen aan de filters.',
  listCaption: 'Gebeurtenissen in chronologische volgorde',
  date: 'Datum',
  event: 'Gebeurtenis',
  places: 'Plaatsen',
  actors: 'Actoren',
  sourceCount: 'Bronnen',
  figures: 'Cijfers',
  pickEvent:
    'Kies een gebeurtenis op de tijdlijn, de kaart of in de lijst om de zinnen te lezen die erover berichten.',
  previousEvent: 'Vorige gebeurtenis',
  nextEvent: 'Volgende gebeurtenis',
  closeEvent: 'Sluiten',
  reported: 'Bericht als „{text}”',
  dateFromContext: 'Datum ontleend aan de zinnen eromheen; de geciteerde zin noemt er geen',
  inferred: 'afgeleid',
  published: 'Gepubliceerd',
  outlet: 'Medium',
  unknownOutlet: 'Onbekend medium',
  conflicts: 'Waar bronnen elkaar tegenspreken',
  countsChanged: 'Hoe de cijfers veranderden naarmate er berichten binnenkwamen',
  reportedOn: 'gemeld {day}',
  countChanged: '{field}: de cijfers veranderden naarmate er berichten binnenkwamen',
  weekOf: 'week van {day}',
  beforeDay: 'vóór {day}',
  weekendOf: 'weekend van {day}',
  morning: 'ochtend',
  afternoon: 'middag',
  evening: 'avond',
  night: 'nacht',
  eventsAt: 'Gebeurtenissen in {place}',
  showAllPlaces: 'Alle plaatsen tonen',
  noEventsAt: 'Geen gebeurtenissen op deze plaats voldoen aan de filters.',
  withoutPlace: 'Gebeurtenissen zonder plaats',
  unknownEvent: 'Er is geen gebeurtenis „{id}” in deze chronologie.',
  edited: 'Met de hand bewerkt',
};

const messages: Record<UiLanguage, Record<MessageKey, string>> = { en, nl: dutch };

/** The message naming each TIMEX3 part of the day ("2022-01-05TNI": night). */
export const PART_OF_DAY: Record<'MO' | 'AF' | 'EV' | 'NI', MessageKey> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
};

/** The interface string for `key`, with `{name}` placeholders filled in. */
export function t(language: UiLanguage, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Names of languages of the sources, in the interface language. */
export function languageName(language: UiLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const day = (iso: string) => parseUtc(iso.slice(0, 10));
const hasTime = (iso: string) => iso.length > 10;

/** "long" for the sources panel ("Friday 7 January 2022"), "short" for tables and lists ("7 Jan 2022"). */
export type DateStyle = 'long' | 'short';

const patterns = {
  long: { weekday: 'EEEE d MMMM yyyy', day: 'd MMMM yyyy', month: 'MMMM yyyy' },
  short: { weekday: 'd MMM yyyy', day: 'd MMM yyyy', month: 'MMM yyyy' },
} as const;

/** An event's date as a reader would say it, at the precision the sources allow. */
export function formatWhen(language: UiLanguage, when: When, style: DateStyle = 'long'): string {
  const pattern = patterns[style];
  const full = (iso: string) => formatUtc(day(iso), pattern.weekday, language);
  const short = (iso: string) => formatUtc(day(iso), pattern.day, language);
  switch (when.precision) {
    case 'time':
      return hasTime(when.start)
        ? `${full(when.start)}, ${formatUtc(parseUtc(when.start.slice(0, 16)), 'HH:mm', language)}`
        : full(when.start);
    case 'month':
      return formatUtc(day(when.start), pattern.month, language);
    case 'year':
      return formatUtc(day(when.start), 'yyyy', language);
    case 'week':
      return t(language, 'weekOf', { day: short(when.start) });
    case 'before-publication':
      return t(language, 'beforeDay', { day: short(when.end) });
    default:
      return when.start.slice(0, 10) === when.end.slice(0, 10)
        ? full(when.start)
        : `${short(when.start)} – ${short(when.end)}`;
  }
}

/** A publication date at its precision: a month-only header stays a month unless a day was inferred. */
export function formatPublished(language: UiLanguage, published: Published): string {
  const pattern = published.precision === 'month' && !published.inferred ? 'MMMM yyyy' : 'd MMMM yyyy';
  return formatUtc(day(published.date), pattern, language);
}
