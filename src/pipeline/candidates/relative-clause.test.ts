/**
 * A killing told in a relative clause hanging on a noun is not the clause's main happening: the
 * riots after Nahel's death (June 2023), the attack in Pahalgam (April 2025).
 */
import { describe, expect, it } from 'vitest';
import { relativeClauseSpans } from './relative-clause.ts';
import { kindsAndTitles } from './test-helpers.ts';

describe('the relative clauses of a sentence', () => {
  it.each([
    [
      'nl',
      'De rellen begonnen na de dood van de 17-jarige Nahel, die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.',
      ['die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.'],
    ],
    [
      'de',
      'Indien reagiert damit auf den Anschlag vom 22. April in Pahalgam, bei dem Bewaffnete 26 Menschen erschossen hatten, überwiegend Touristen.',
      ['bei dem Bewaffnete 26 Menschen erschossen hatten'],
    ],
    [
      'en',
      'The teenager, Nahel M., who was shot dead by a police officer on Tuesday, was buried on Saturday.',
      ['who was shot dead by a police officer on Tuesday'],
    ],
    [
      'nl',
      'De escalatie begon met de aanslag van 22 april bij Pahalgam, waarbij 26 mensen om het leven kwamen.',
      ['waarbij 26 mensen om het leven kwamen.'],
    ],
    [
      'en',
      'German Chancellor Angela Merkel visited the devastated village of Schuld on Sunday, calling the floods that have killed at least 156 people in Germany "terrifying" and promising fast financial help.',
      [
        'calling the floods that have killed at least 156 people in Germany "terrifying" and promising fast financial help.',
      ],
    ],
    [
      'en',
      'The funeral of former Prime Minister Shinzo Abe who was shot and killed during a street speech in Nara City was performed on July 11 at Zojoji Temple in Minato Ward, Tokyo, with only close relatives and acquaintances.',
      ['who was shot and killed during a street speech in Nara City'],
    ],
    [
      'nl',
      'De 14-jarige dochter van de vrouw die gistermiddag in haar woning in Delfshaven werd doodgeschoten, is in het ziekenhuis aan haar verwondingen overleden.',
      ['die gistermiddag in haar woning in Delfshaven werd doodgeschoten'],
    ],
  ])('[%s] “%s” has the relative clause %j', (lang, text, clauses) => {
    expect(relativeClauseSpans(text, lang).map(([a, b]) => text.slice(a, b).trim())).toEqual(clauses);
  });

  it.each([
    ['de', 'Ein Besucher der Kundgebung wurde getötet, der Schütze wurde von Scharfschützen erschossen.'],
    ['de', 'Die Polizei sperrte das Gebiet ab, die Ermittlungen dauern an.'],
    ['nl', 'De politie bevestigde dat de schutter dood is.'],
  ])('[%s] “%s” has none: an article opens a main clause of its own', (lang, text) => {
    expect(relativeClauseSpans(text, lang)).toEqual([]);
  });

  it.each([
    ['In die stad werd gisteren een man doodgeschoten, meldt de politie.'],
    ['Volgens de politie heeft die man de vrouw doodgeschoten, meldt de NOS.'],
    [
      'Bij de protesten die volgden kwamen volgens de ombudsman zeker 22 mensen om het leven, de meesten in Ayacucho.',
    ],
    ['De jongeren die de protesten organiseren, roepen op om donderdag opnieuw de straat op te gaan.'],
  ])(
    '“%s” has none: a Dutch “die” after no noun points to one, and a comma that closes no passive or past clause may close the main one',
    (text) => {
      expect(relativeClauseSpans(text, 'nl')).toEqual([]);
    },
  );

  it.each([
    ['Those who were injured were taken to hospitals in the city.'],
    ['It was Fico who was shot on Wednesday.'],
  ])(
    '“%s” has none: “who” without its comma opens a clause only after a name and before a main verb',
    (text) => {
      expect(relativeClauseSpans(text, 'en')).toEqual([]);
    },
  );
});

describe('a killing in a relative clause beside the happening of the main clause', () => {
  it.each([
    [
      'nl',
      'De rellen begonnen na de dood van de 17-jarige Nahel, die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.',
      ['death', 'riot'],
    ],
    [
      'de',
      'Die Krawalle begannen nach dem Tod des 17-jährigen Nahel, der am Dienstag von einem Polizisten erschossen wurde.',
      ['death', 'riot'],
    ],
    [
      'de',
      'Indien reagiert damit auf den Anschlag vom 22. April in Pahalgam, bei dem Bewaffnete 26 Menschen erschossen hatten, überwiegend Touristen.',
      ['attack', 'death'],
    ],
    [
      'en',
      'German Chancellor Angela Merkel visited the devastated village of Schuld on Sunday, calling the floods that have killed at least 156 people in Germany "terrifying" and promising fast financial help.',
      ['death', 'visit'],
    ],
    [
      'en',
      'The funeral of former Prime Minister Shinzo Abe who was shot and killed during a street speech in Nara City was performed on July 11 at Zojoji Temple in Minato Ward, Tokyo, with only close relatives and acquaintances.',
      ['death', 'funeral'],
    ],
  ])('[%s] “%s” reports both', (lang, text, kinds) => {
    expect(
      kindsAndTitles(lang, text, '2023-06-30')
        .map((c) => c.kind)
        .sort(),
    ).toEqual(kinds);
  });

  it('a saying in the main clause does not take the day of the relative clause: the dismissal stays', () => {
    const found = kindsAndTitles(
      'de',
      'Parteichef Christian Lindner, den Bundeskanzler Olaf Scholz am 6. November als Finanzminister entlassen hatte, erklärte, er habe das Papier nicht gekannt.',
      '2024-11-29',
    );
    expect(found.map((c) => c.kind)).toEqual(['dismissal']);
  });

  it.each([
    [
      'nl',
      'Volgens een ambulancemedewerker zijn zeker vijf mensen doodgeschoten.',
      'At least 5 people killed',
    ],
    [
      'de',
      'Ein Mann sei an einer Straßensperre im Norden der Hauptinsel erschossen worden, teilte die Staatsanwaltschaft mit.',
      'People killed',
    ],
    ['de', 'Ein Polizist erschoss den Angreifer am Samstag.', 'People killed'],
  ])('[%s] “%s” reports a killing: %s', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-05-18')).toContainEqual({ kind: 'death', title });
  });
});
