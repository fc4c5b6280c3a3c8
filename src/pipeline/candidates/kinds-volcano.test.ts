/**
 * A volcanic eruption is told as an eruption that began, a fissure that opened or lava that
 * reached something, in each language; earthquakes told as its background do not name it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

describe('an eruption told without the word "volcano"', () => {
  it.each([
    [
      'an English eruption that began',
      'en',
      'The eruption began at 10 p.m. on Wednesday, the met office said.',
    ],
    [
      'an English fissure that opened',
      'en',
      'On Wednesday a fissure about 3 kilometres long opened near the crater row.',
    ],
    [
      'an English eruption that began after days of earthquakes',
      'en',
      'The eruption began on Wednesday night after days of earthquakes that had shaken the peninsula.',
    ],
    [
      'a Dutch eruption that began',
      'nl',
      'De uitbarsting begon woensdag rond 22.15 uur, na dagen van aardbevingen.',
    ],
    ['a Dutch fissure that opened', 'nl', 'Woensdag is een tweede spleet in de aarde opengegaan.'],
    [
      'a German fissure that tore open',
      'de',
      'Mittwoch riss gegen 22.17 Uhr nördlich des Ortes eine drei Kilometer lange Erdspalte auf.',
    ],
    ['a German fissure that opened', 'de', 'Freitag öffnete sich gegen 4.40 Uhr eine zweite Spalte.'],
  ])('%s is titled "Volcanic eruption"', (_, lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-11-19')[0]).toEqual({
      kind: 'disaster',
      title: 'Volcanic eruption',
    });
  });

  it.each([
    ['en', 'Yesterday, lava reached the protective walls built around the power station.'],
    ['en', 'Lava from the eruption reached the earthen barriers on Thursday morning.'],
    ['nl', 'Gisteren bereikte de lava de beschermende dijken rond de centrale.'],
    ['de', 'Donnerstag erreichte die Lava die Schutzwälle rund um das Kraftwerk.'],
    ['de', 'Gestern hatte die Lava die Schutzwälle am Kraftwerk erreicht.'],
  ])('[%s] lava that reaches something advances: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-11-20')[0]).toEqual({
      kind: 'lava-flow',
      title: 'Lava flow advances',
    });
  });

  it('lava that reaches a named site says where', () => {
    const text = 'Yesterday, lava reached the protective walls built around the Svartsengi power station.';
    expect(
      kindsAndTitles('en', text, '2025-11-20', [['Svartsengi', 'place', 'svartsengi']])[0]?.title,
    ).toMatch(/^Lava flow near Svartsengi/);
  });

  it('a lead that tells of lava on Thursday and of the eruption the day before reports both', () => {
    const text =
      'Lava from a volcanic eruption reached the barriers on Thursday morning, a day after a fissure tore open north of the town.';
    const kinds = candidatesOfSentence('en', {
      text,
      times: [day('2025-11-20', 'Thursday morning'), day('2025-11-19', 'a day')],
    }).map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['disaster', 'lava-flow']));
  });

  it('an eruption near a named crater row says where, however many earthquakes came before', () => {
    const text =
      'The eruption began on Wednesday night near the Sundhnúkur craters after days of earthquakes.';
    const [first] = kindsAndTitles('en', text, '2025-11-19', [['Sundhnúkur', 'place', 'sundhnukur']]);
    expect(first?.title).toMatch(/^Volcanic eruption in /);
  });

  it.each([
    ['en', 'The volcanic eruption began on Wednesday near the Sundhnúkur craters after days of earthquakes.'],
    [
      'de',
      'Am Mittwoch ist bei Sundhnúkur ein Vulkan ausgebrochen, nach tagelangen Erdbeben auf der Halbinsel.',
    ],
    ['nl', 'Woensdag begon na dagen van aardbevingen bij Sundhnúkur een vulkaanuitbarsting.'],
  ])('[%s] the volcano’s own word names the eruption, not the earthquakes before it: “%s”', (lang, text) => {
    const [first] = kindsAndTitles(lang, text, '2025-11-19', [['Sundhnúkur', 'place', 'sundhnukur']]);
    expect(first?.title).toMatch(/^Volcanic eruption in Sundhn/);
  });

  it('an earthquake reported on its own is still an earthquake', () => {
    expect(kindsAndTitles('en', 'An earthquake shook the peninsula on Tuesday.', '2025-11-18')[0]).toEqual({
      kind: 'disaster',
      title: 'Earthquake',
    });
  });
});

describe('people treated for their injuries', () => {
  it.each([
    ['en', 'Overnight, two workers were treated for smoke inhalation, police said.', '2 workers injured'],
    [
      'en',
      'Thursday, three people were treated in hospital, one of them with serious burns.',
      '3 people injured',
    ],
    [
      'nl',
      'Gisteren zijn drie mensen in het ziekenhuis behandeld, een van hen met ernstige brandwonden.',
      '3 people injured',
    ],
    ['de', 'Gestern wurden zwei Arbeiter wegen Rauchvergiftung behandelt.', '2 workers injured'],
  ])('[%s] “%s” reports people injured: %s', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2025-11-20')[0]).toEqual({ kind: 'injury', title });
  });
});

describe('a swarm of earthquakes is counted', () => {
  it.each([
    [
      'en',
      'Tuesday the met office recorded more than 1,800 earthquakes, the strongest a magnitude 4.2 tremor.',
      1800,
    ],
    [
      'de',
      'Dienstag registrierte das Wetteramt mehr als 1800 Erdstöße, der stärkste ein Beben der Stärke 4,2.',
      1800,
    ],
  ])('[%s] “%s” counts %i earthquakes', (lang, text, value) => {
    const [c] = candidatesOf(lang, text, '2025-11-18');
    expect(c?.figures).toContainEqual(expect.objectContaining({ value, counts: 'earthquakes' }));
  });
});

describe('a figure in a clause that describes a site counts nothing that happened', () => {
  it.each<[string, string, number[]]>([
    [
      'the people a power station supplies are no figure of the lava reaching it',
      'Yesterday, lava reached the walls around the power station, which supplies hot water to about 30,000 people.',
      [],
    ],
    [
      'a clause in the past tense tells what the happening did',
      'Yesterday, floods hit the region, which forced about 3,000 people to leave.',
      [3000],
    ],
    [
      'a clause in "was" tells what happened then',
      'Yesterday, floods hit the region, which was left with about 3,000 people homeless.',
      [3000],
    ],
    [
      'a figure before the clause still counts',
      'Yesterday, about 3,000 people were evacuated from the town, which has 4,000 residents.',
      [3000],
    ],
  ])('%s', (_, text, values) => {
    const [c] = candidatesOf('en', text, '2025-11-20');
    expect(c?.figures.map((f) => f.value)).toEqual(values);
  });
});
