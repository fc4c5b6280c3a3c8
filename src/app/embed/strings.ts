import type { UiLanguage } from '../state.svelte.ts';

const en = {
  embed: 'Embed',
  embedTitle: 'Embed this chronology',
  iframeForm: 'Iframe (resizes itself; works with pym.js)',
  elementForm: 'Web component (no iframe)',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Select the text and copy it',
  close: 'Close',
  presetNote:
    'The snippet opens on the current view: selected event, time window, filters, map view and language.',
  mapWaiting: 'The map loads when you scroll to it.',
  download: 'Download',
  downloadLabel: 'Download the {count} shown events',
  csv: 'CSV (spreadsheet)',
  geojson: 'GeoJSON (map points)',
  timelinejs: 'TimelineJS 3 JSON',
  ics: 'iCalendar (.ics)',
};

type Key = keyof typeof en;

const nl: Record<Key, string> = {
  embed: 'Insluiten',
  embedTitle: 'Deze tijdlijn insluiten',
  iframeForm: 'Iframe (past zijn hoogte aan; werkt met pym.js)',
  elementForm: 'Webcomponent (zonder iframe)',
  copy: 'Kopiëren',
  copied: 'Gekopieerd naar het klembord',
  copyFailed: 'Selecteer de tekst en kopieer hem',
  close: 'Sluiten',
  presetNote:
    'De code opent op de huidige weergave: gekozen gebeurtenis, tijdvenster, filters, kaart en taal.',
  mapWaiting: 'De kaart laadt als je ernaartoe scrolt.',
  download: 'Downloaden',
  downloadLabel: 'De {count} getoonde gebeurtenissen downloaden',
  csv: 'CSV (spreadsheet)',
  geojson: 'GeoJSON (kaartpunten)',
  timelinejs: 'TimelineJS 3 JSON',
  ics: 'iCalendar (.ics)',
};

/** Strings of the embed and download controls, in the interface language. */
export function s(lang: UiLanguage, key: Key, values: Record<string, string | number> = {}): string {
  const text = (lang === 'nl' ? nl : en)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
