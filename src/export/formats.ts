import type { EventFile } from '../schema/events.ts';
import { toCSV } from './csv.ts';
import { toGeoJSON } from './geojson.ts';
import { toICS } from './ics.ts';
import { toTimelineJS } from './timelinejs.ts';

export const FORMATS = ['csv', 'geojson', 'timelinejs', 'ics'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface Exported {
  text: string;
  mime: string;
  extension: string;
}

export interface ExportOptions {
  /** Title of the TimelineJS title slide and of the calendar. */
  title?: string;
  /** DTSTAMP for iCalendar; fixed for reproducible files. */
  stamp?: Date;
}

export const isExportFormat = (value: string): value is ExportFormat =>
  (FORMATS as readonly string[]).includes(value);

/** The file's events in one of the export formats, with the media type and file extension to save it under. */
export function exportAs(format: ExportFormat, file: EventFile, options: ExportOptions = {}): Exported {
  const title = options.title ?? 'Chronology';
  switch (format) {
    case 'csv':
      return { text: toCSV(file), mime: 'text/csv;charset=utf-8', extension: 'csv' };
    case 'geojson':
      return {
        text: JSON.stringify(toGeoJSON(file), null, 2) + '\n',
        mime: 'application/geo+json',
        extension: 'geojson',
      };
    case 'timelinejs':
      return {
        text: JSON.stringify(toTimelineJS(file, title), null, 2) + '\n',
        mime: 'application/json',
        extension: 'timeline.json',
      };
    case 'ics':
      return {
        text: toICS(file, { name: title, stamp: options.stamp }),
        mime: 'text/calendar;charset=utf-8',
        extension: 'ics',
      };
  }
}
