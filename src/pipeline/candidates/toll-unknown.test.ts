/**
 * A sentence that names the tally of the dead without a count ("die Zahl der Todesopfer ist weiter
 * unklar") tells how the count stands: it is no report of deaths, and the deaths keep the day the
 * reports of them give.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { describesToldDead, partOfToll, tollWithoutCount } from './toll-unknown.ts';

const DEATHS: Record<string, string> = {
  en: 'Floods killed at least 2,000 people in Derna on Monday, officials said.',
  nl: 'Bij de overstromingen in Derna kwamen maandag zeker 2000 mensen om het leven.',
  de: 'Bei den Überschwemmungen in Darna kamen am Montag mindestens 2000 Menschen ums Leben.',
};

describe('a death toll named without a count', () => {
  it.each([
    ['en', 'The death toll in Derna is still unclear.'],
    ['nl', 'Het dodental in Derna is nog altijd onduidelijk.'],
    ['de', 'Die Zahl der Todesopfer in Darna ist weiter unklar.'],
  ])('[%s] “%s” reports no deaths and leaves those of Monday on their day', async (lang, unclear) => {
    const file = await eventFileOf({
      [`${lang}_a.txt`]: ` date 2023-09-12 Report\n\n${DEATHS[lang] as string}\n`,
      [`${lang}_b.txt`]: ` date 2023-09-17 Report\n\n${unclear}\n`,
    });
    const dates = [DEATHS[lang] as string, unclear].flatMap((s) =>
      eventsFrom(file, s)
        .filter((e) => e.kind === 'death')
        .map((e) => e.when.start.slice(0, 10)),
    );
    expect(dates.filter((d) => d !== '2023-09-11')).toEqual([]);
  });

  it.each([
    ['A week after the storm, the death toll is still unclear.', 0, true],
    ['Die Zahl der Todesopfer stieg auf 11.300.', 1, false],
    ['Het dodental is nog onduidelijk.', 0, true],
    ['Rescuers searched the rubble of the dam.', 0, false],
    ['The authorities said 103 of the dead were in Almaty.', 0, true],
    ['Zwei der Toten waren Polizisten.', 0, true],
    ['Most of the dead were tourists from other parts of India.', 0, false],
    ['At least 50 people were killed; 20 of the dead were children.', 1, false],
  ])('“%s” (%i counts) names a toll without a count: %s', (text, counted, expected) => {
    expect(tollWithoutCount(text, counted)).toBe(expected);
  });
});

describe('some of those a toll counted, told in the sentence after it', () => {
  const TOLLS: Record<string, string> = {
    en: 'At least 29 people were killed in the two fires, according to the Los Angeles County medical examiner.',
    nl: 'Bij de branden in Los Angeles kwamen zeker 29 mensen om het leven.',
    de: 'Bei den Bränden in Los Angeles starben mindestens 29 Menschen.',
  };
  it.each([
    ['en', 'Seventeen of them died in the Eaton Fire.'],
    ['nl', 'Zeventien van hen kwamen om bij de Eaton-brand.'],
    ['de', 'Davon starben 17 im Gebiet des Eaton-Feuers.'],
    ['de', '17 von ihnen starben im Gebiet des Eaton-Feuers.'],
  ])('[%s] “%s” is a part of the toll, no deaths of its own', async (lang, part) => {
    const file = await eventFileOf({
      [`${lang}_a.txt`]: ` date 2025-01-31 Report\n\n${TOLLS[lang] as string} ${part}\n`,
    });
    expect(eventsFrom(file, part).filter((e) => e.kind === 'death' && e.sources.length === 1)).toEqual([]);
  });

  it('“Seventeen of them died” after a count of the trapped, no toll, tells deaths', async () => {
    const part = 'Seventeen of them died in the fire.';
    const file = await eventFileOf({
      'en_a.txt': ` date 2025-01-31 Report\n\nForty miners were trapped underground on Monday. ${part}\n`,
    });
    expect(eventsFrom(file, part).map((e) => e.kind)).toContain('death');
  });

  it.each([
    ['Seventeen of them died in the Eaton Fire.', true],
    ['Zeventien van hen kwamen om bij de Eaton-brand.', true],
    ['Davon starben 17 im Gebiet des Eaton-Feuers.', true],
    ['Bei den Angriffen wurden 40 Menschen getötet, 33 davon in Kiew.', true],
    ['Seventeen people died in the Eaton Fire.', false],
    ['Der Davongekommene erzählte von dem Feuer.', false],
  ])('“%s” counts a part of those counted before: %s', (text, expected) => {
    expect(partOfToll(text)).toBe(expected);
  });
});

describe('who the dead were, told after the toll', () => {
  const TOLLS: Record<string, string> = {
    en: "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest.",
    nl: 'Bij de onlusten kwamen volgens de autoriteiten 225 mensen om het leven.',
    de: 'Bei den Unruhen waren nach offiziellen Angaben 225 Menschen getötet worden.',
  };
  it.each([
    [
      'en',
      'Serik Shalabayev, head of criminal prosecution at the prosecutor-general\'s office, told a briefing that the dead included "armed bandits" killed while attacking government buildings and police stations.',
    ],
    [
      'nl',
      'Onder de doden zijn volgens het Openbaar Ministerie ook gewapende bendeleden die politiebureaus aanvielen.',
    ],
    [
      'de',
      'Unter den Toten sind nach Angaben der Staatsanwaltschaft auch bewaffnete Banditen, die Polizeiwachen angriffen.',
    ],
  ])('[%s] “%s” tells who the toll’s dead were: no deaths of its own', async (lang, described) => {
    const file = await eventFileOf({
      [`${lang}_a.txt`]: ` date 2022-01-15 Report\n\n${TOLLS[lang] as string}\n\n${described}\n`,
    });
    expect(eventsFrom(file, described).filter((e) => e.kind === 'death' && e.sources.length === 1)).toEqual(
      [],
    );
  });

  it.each<[string, { start: number }[], number | undefined, boolean]>([
    [
      'Serik Shalabayev told a briefing that the dead included "armed bandits" killed while attacking.',
      [{ start: 0 }],
      0,
      true,
    ],
    ['Onder de doden zijn ook agenten.', [], 0, true],
    ['Unter den Toten sind auch Polizisten.', [], 0, true],
    // A person named after the words: a death of its own.
    ['Among the dead were Vijay Rupani and his wife.', [{ start: 23 }], 0, false],
    // No death told before: the first report of deaths.
    ['The dead included two children.', [], undefined, false],
    ['Rescuers searched the rubble of the dam.', [], 0, false],
  ])(
    '“%s” (persons at %j, deaths first told in sentence %s) tells who the dead were: %s',
    (text, persons, toldAt, expected) => {
      expect(describesToldDead(text, persons, toldAt, 1)).toBe(expected);
    },
  );
});
