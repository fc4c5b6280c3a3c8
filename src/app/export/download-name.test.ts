import { describe, expect, it } from 'vitest';
import { downloadName } from './download-name.ts';

describe('downloadName', () => {
  it.each([
    ['Crisis chronology', 'csv', 'crisis-chronology.csv'],
    ['Crisischronologie', 'timeline.json', 'crisischronologie.timeline.json'],
    ['Unrest in Kazakhstan, Jan. 2022 — Almaty', 'ics', 'unrest-in-kazakhstan-jan-2022-almaty.ics'],
    ['Ōsaka café', 'geojson', 'osaka-cafe.geojson'],
    ['Алматы', 'csv', 'chronology.csv'],
  ])('names the download of %j as %j', (title, extension, name) => {
    expect(downloadName(title, extension)).toBe(name);
  });
});
