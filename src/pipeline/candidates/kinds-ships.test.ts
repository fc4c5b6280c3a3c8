/**
 * A ship that runs aground, is pulled free, blocks a waterway, and is impounded, in English, Dutch
 * and German news: the lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const SUEZ: MentionSpec = ['Suez', 'place', 'suez'];

function found(lang: string, text: string, mentions: MentionSpec[] = []): string[] {
  return candidatesOf(lang, text, '2021-03-23', mentions).map((c) => `${c.kind}: ${c.title}`);
}

describe('a ship that runs aground is a grounding, whoever tells it', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      'a container ship that ran aground near a town is a grounding there',
      'en',
      'Tuesday a giant container ship ran aground in the canal near Suez.',
      [SUEZ],
      ['grounding: Ship runs aground near Suez'],
    ],
    [
      "a German ship 'auf Grund gelaufen' is the same grounding",
      'de',
      'Dienstag war das knapp 400 Meter lange Schiff bei einem Sandsturm auf Grund gelaufen.',
      [],
      ['grounding: Ship runs aground'],
    ],
    [
      "a Dutch ship that 'liep … aan de grond' is a grounding too",
      'nl',
      'Dinsdag liep het containerschip bij harde wind aan de grond.',
      [],
      ['grounding: Ship runs aground'],
    ],
  ])('%s', (_, lang, text, mentions, expected) => {
    expect(found(lang, text, mentions)).toEqual(expected);
  });

  it("[nl] talks that 'liepen vast' are no grounding: only a ship runs aground", () => {
    expect(found('nl', 'Dinsdag liepen de onderhandelingen over de begroting vast.')).not.toContain(
      'grounding: Ship runs aground',
    );
  });
});

describe('a ship pulled free is refloated, in every language', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Tuesday the Ever Given was partially refloated in the early hours.',
      ['refloating: Ship refloated'],
    ],
    ['en', 'Tuesday tugboats pulled the vessel fully free.', ['refloating: Ship refloated']],
    [
      'nl',
      'Dinsdag is Boskalis erin geslaagd om het containerschip vlot te trekken.',
      ['refloating: Ship refloated'],
    ],
    [
      'de',
      'Dienstag gelang es Schleppern, den Frachter wieder flottzumachen.',
      ['refloating: Ship refloated'],
    ],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it('[en] a prisoner set free is no refloated ship', () => {
    expect(found('en', 'Tuesday the journalist was set free after two years.')).not.toContain(
      'refloating: Ship refloated',
    );
  });
});

describe('a blocked waterway halts shipping, and its reopening resumes it', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    [
      'en',
      'Tuesday the ship was still blocking the waterway, halting traffic in both directions.',
      [],
      ['disruption: Shipping halted'],
    ],
    ['de', 'Dienstag war die wichtige Wasserstraße blockiert.', [], ['disruption: Shipping halted']],
    [
      'en',
      'Tuesday traffic resumed through the canal near Suez.',
      [SUEZ],
      ['reopening: Shipping resumes in Suez'],
    ],
    ['nl', 'Dinsdag werd het kanaal heropend.', [], ['reopening: Shipping resumes']],
  ])('[%s] “%s”', (lang, text, mentions, expected) => {
    expect(found(lang, text, mentions)).toEqual(expected);
  });

  it('[en] a road blocked by protesters halts no shipping', () => {
    expect(found('en', 'Tuesday protesters were blocking the main road.')).not.toContain(
      'disruption: Shipping halted',
    );
  });
});

describe('a ship held by the authorities is impounded', () => {
  it.each<[string, string, string[]]>([
    [
      'de',
      'Dienstag ist das Containerschiff von den ägyptischen Behörden festgesetzt worden.',
      ['impoundment: Ship impounded'],
    ],
    ['en', 'Tuesday Egypt seized the ship over a compensation claim.', ['impoundment: Ship impounded']],
    ['nl', 'Dinsdag heeft Egypte het schip aan de ketting gelegd.', ['impoundment: Ship impounded']],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it('[de] a suspect held by the police is no impounded ship', () => {
    expect(found('de', 'Dienstag wurde ein Verdächtiger festgesetzt.')).not.toContain(
      'impoundment: Ship impounded',
    );
  });
});

describe('ships waiting in a queue are counted as ships', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    [
      'en',
      'Tuesday Rabie said that 422 ships were waiting to pass.',
      [['Rabie', 'unknown', 'name:osama-rabie']],
      ['422 ships'],
    ],
    [
      'nl',
      'Dinsdag stonden volgens de Suezkanaalautoriteit 369 schepen in de file, zei Rabie.',
      [['Rabie', 'unknown', 'name:osama-rabie']],
      ['369 ships'],
    ],
    [
      'de',
      'Dienstag stauten sich mehr als 400 Schiffe, sagte Rabie.',
      [['Rabie', 'unknown', 'name:osama-rabie']],
      ['400 ships'],
    ],
  ])('[%s] “%s”', (lang, text, mentions, expected) => {
    const figures = candidatesOf(lang, text, '2021-03-23', mentions).flatMap((c) =>
      c.figures.map((f) => `${f.value} ${f.counts}`),
    );
    expect(figures).toEqual(expected);
  });
});

describe('waters or a port closed to shipping halt it, in every language', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      'a Dutch area "afgesloten voor de scheepvaart" around a leak halts shipping there',
      'nl',
      'Het Deense Zeevaartagentschap heeft rond het lek een gebied met een straal van vijf zeemijl afgesloten voor de scheepvaart.',
      [],
      ['disruption: Shipping halted'],
    ],
    [
      'a port "closed to shipping until further notice" is shut down',
      'en',
      'The Port of Baltimore, one of the busiest on the US East Coast, was closed to shipping until further notice.',
      [['Baltimore', 'place', 'baltimore']],
      ['disruption: Port of Baltimore shut down'],
    ],
    [
      'German waters "für die Schifffahrt gesperrt" halt shipping',
      'de',
      'Die dänischen Behörden haben das Gebiet um die Lecks für die Schifffahrt gesperrt.',
      [],
      ['disruption: Shipping halted'],
    ],
  ])('%s', (_, lang, text, mentions, expected) => {
    expect(found(lang, text, mentions)).toEqual(expected);
  });
});
