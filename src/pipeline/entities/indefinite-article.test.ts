/**
 * A listed person's surname that is also a common noun names the person, not after an indefinite
 * article: "eine Geisel" is a hostage, "Andreas Geisel" the Berlin senator.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a surname after an indefinite article is a common noun', () => {
  it.each<[string, string, string, string | undefined]>([
    ['de', 'Er schrieb, er sei eine Geisel.', 'Geisel', undefined],
    ['de', 'Die Polizei sucht einen Jäger aus dem Ort.', 'Jäger', undefined],
    [
      'de',
      'Innensenator Andreas Geisel (SPD) kündigte an, die Polizeipräsenz hoch zu halten.',
      'Andreas Geisel',
      'andreas-geisel',
    ],
    [
      'nl',
      'De minister van Binnenlandse Zaken van de deelstaat Noordrijn-Westfalen, Ralf Jäger, zei vandaag dat de man bekend stond.',
      'Ralf Jäger',
      'ralf-jaeger',
    ],
    [
      'en',
      'The Berlin Interior Senator Andreas Geisel (SPD) said the city could breathe again.',
      'Andreas Geisel',
      'andreas-geisel',
    ],
  ])('%s: “%s” names %s as %s', (language, sentence, text, id) => {
    const [list] = mentionsOf(stage, language, [sentence]);
    expect(findMention(list, text)?.id).toBe(id);
  });
});

describe('a German town whose name is a noun, after an indefinite article, is the noun', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'de',
      'Er habe die Taten zugegeben, bestreite aber eine strafrechtliche Schuld, sagte der Osloer Polizeichef Sveinung Sponheim.',
      'Schuld',
      undefined,
    ],
    ['de', 'Er trage eine Schuld an dem Unglück.', 'Schuld', undefined],
    ['de', 'Bundeskanzlerin Angela Merkel besuchte am Sonntag den Ort Schuld im Ahrtal.', 'Schuld', 'schuld'],
    ['de', 'In Schuld wurden zahlreiche Häuser von der Flut zerstört.', 'Schuld', 'schuld'],
    [
      'de',
      'Die Europäische Union geht bei den Lecks an den Ostsee-Pipelines Nord Stream 1 und 2 von Sabotage aus.',
      'Ostsee',
      'baltic-sea',
    ],
  ])('%s: “%s” names %s as %s', (language, sentence, text, id) => {
    const [list] = mentionsOf(stage, language, [sentence]);
    expect(findMention(list, text)?.id).toBe(id);
  });
});
