/**
 * What follows an air crash, in English, Dutch and German: the flight recorders found, the
 * investigators' report published, inspections ordered, the dead cremated.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

function titles(lang: string, text: string, kind: string): string[] {
  return kindsAndTitles(lang, text, '2025-06-16')
    .filter((c) => c.kind === kind)
    .map((c) => c.title);
}

describe('a flight recorder found', () => {
  it.each([
    ['en', 'The cockpit voice recorder was recovered from the wreckage on Monday, the agency said.'],
    ['en', 'The first flight recorder had been found on Friday on the roof of the doctors’ hostel.'],
    ['en', 'On Monday investigators recovered the second black box from the debris.'],
    [
      'nl',
      'Op het dak van een gebouw is maandag een van de zwarte dozen gevonden van het toestel dat neerstortte.',
    ],
    ['nl', 'Maandag is de vluchtrecorder in het wrak geborgen.'],
    ['de', 'Am Montag haben die Ermittler den Flugschreiber der Maschine geborgen.'],
    ['de', 'Die Ermittler sichern den Flugschreiber am Montag.'],
  ])('[%s] “%s” is a flight recorder recovered', (lang, text) => {
    expect(titles(lang, text, 'recorder-recovered')).toHaveLength(1);
  });

  it.each([
    ['en', 'On Monday the flight recorder was sent to the United States for analysis.'],
    ['nl', 'De vluchtrecorder moet duidelijk maken waarom het toestel maandag neerstortte.'],
  ])('[%s] “%s” finds no recorder', (lang, text) => {
    expect(titles(lang, text, 'recorder-recovered')).toEqual([]);
  });
});

describe('an investigation report published', () => {
  it.each([
    ['en', 'The AAIB published its preliminary report on Saturday.', 'Preliminary report published'],
    [
      'nl',
      'Dat staat in het voorlopige rapport dat het onderzoeksbureau zaterdag heeft gepubliceerd.',
      'Preliminary report published',
    ],
    [
      'de',
      'Hintergrund ist der am Samstag veröffentlichte vorläufige Untersuchungsbericht zum Absturz der Maschine.',
      'Preliminary report published',
    ],
    [
      'de',
      'Die Behörde hat am Samstag ihren Abschlussbericht veröffentlicht.',
      'Investigation report published',
    ],
  ])('[%s] “%s” is “%s”', (lang, text, title) => {
    expect(titles(lang, text, 'report-published')).toEqual([title]);
  });

  it('the crash the German report is about is no crash of the report’s day', () => {
    const kinds = kindsAndTitles(
      'de',
      'Hintergrund ist der am Samstag veröffentlichte vorläufige Untersuchungsbericht zum Absturz der Maschine.',
      '2025-07-14',
    ).map((c) => c.kind);
    expect(kinds).not.toContain('accident');
  });
});

describe('inspections ordered', () => {
  it.each([
    ['en', 'On Friday the regulator ordered inspections of all Boeing 787 aircraft.'],
    [
      'nl',
      'De luchtvaartautoriteit heeft vrijdag de maatschappij opgedragen alle toestellen extra te controleren.',
    ],
    [
      'de',
      'Die Luftfahrtbehörde hat am Montag alle Fluggesellschaften angewiesen, die Treibstoffschalter zu überprüfen.',
    ],
  ])('[%s] “%s”', (lang, text) => {
    expect(titles(lang, text, 'inspection-ordered')).toHaveLength(1);
  });
});

describe('the dead cremated', () => {
  it.each([
    ['en', 'Former chief minister Vijay Rupani was cremated in Rajkot on Monday.'],
    ['nl', 'Oud-premier Vijay Rupani is maandag in Rajkot gecremeerd.'],
    ['de', 'Der frühere Regierungschef Vijay Rupani wurde am Montag in Rajkot eingeäschert.'],
  ])('[%s] “%s” is a funeral', (lang, text) => {
    expect(titles(lang, text, 'funeral')).toHaveLength(1);
  });
});
