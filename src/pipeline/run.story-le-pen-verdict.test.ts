/**
 * Marine Le Pen's conviction for embezzling EU funds on Monday 31 March 2025, the ban from office,
 * the appeal court's timetable, the reactions and the rally of Sunday 6 April, told by five outlets
 * in en, nl and de: a verdict told as a sentence, a house arrest, a suspended term and a ban, a
 * month-only report and an undated machine translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('le-pen-verdict');
}, 60_000);

describe("Le Pen's conviction as five outlets told it", () => {
  it('the verdict is one event of Monday in all five reports, its ban, suspended years and house arrest no happenings of their own', () => {
    const verdict = mostTold(file, 'Marine Le Pen sentenced');
    expect(verdict?.when.value).toBe('2025-03-31');
    expect(documentsOf(verdict)).toEqual([
      'de_tagesschau_0406',
      'en_mt_undated',
      'en_reuters_0331',
      'nl_nos_0401',
      'nl_volkskrant_04',
    ]);
    expect(file.events.filter((e) => ['ban', 'arrest', 'disruption'].includes(e.kind ?? ''))).toEqual([]);
  });

  it('her words on television that evening announce her appeal ("In an interview with TF1 on Monday evening she … said she would appeal")', () => {
    expect(mostTold(file, 'Marine Le Pen announces an appeal')?.when.value).toBe('2025-03-31TEV');
  });

  it('the appeal court announcing its timetable "vandaag" is a statement of 1 April', () => {
    expect(mostTold(file, 'Court of Appeal makes a statement')?.when.value).toBe('2025-04-01');
  });

  it('the month-only Dutch report of Bayrou speaking "woensdag" is dated that Wednesday, the translation the Sunday of the rally', () => {
    const byId = new Map(file.documents.map((d) => [d.id, d.published]));
    expect(byId.get('nl_volkskrant_04')).toMatchObject({
      date: '2025-04-02',
      precision: 'day',
      inferred: true,
    });
    expect(byId.get('en_mt_undated')).toMatchObject({ date: '2025-04-06', precision: 'day', inferred: true });
    expect(mostTold(file, 'François Bayrou makes a statement')?.when.value).toBe('2025-04-02');
  });

  it('the translation\'s "Prime Minister Bayreuth" is Bayrou, and his words of Wednesday are one event in English and Dutch', () => {
    expect(documentsOf(mostTold(file, 'François Bayrou makes a statement'))).toEqual([
      'en_mt_undated',
      'nl_volkskrant_04',
    ]);
  });

  it('the rally of Sunday is one event of the German report and the translation, with the crowd the police counted in the next sentence', () => {
    const rally = file.events.find((e) => e.kind === 'protest' && e.when.value === '2025-04-06');
    expect(documentsOf(rally)).toEqual(['de_tagesschau_0406', 'en_mt_undated']);
    // "Die Polizei zählte rund 7000 Teilnehmer", "According to the police, some 7,000 people took part."
    expect(rally?.figures.map((f) => `${f.value} ${f.counts}`)).toEqual(['7000 protesters']);
    expect(rally?.sources).toHaveLength(4);
  });
});
