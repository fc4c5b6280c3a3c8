/**
 * What a number counts when its noun names a group: miners are workers, a body's members are that
 * body, some of the dead are no toll of their own, places in one city are places.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';
import { candidatesOf } from './test-helpers.ts';

function figures(lang: string, text: string) {
  return candidatesOf(lang, text, '2023-02-06').flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

describe('miners are counted as workers', () => {
  it.each([
    [
      "the headline toll 'At least 12 miners were killed' is kept as 12 workers killed",
      'en',
      'Monday at least 12 miners were killed when a gallery collapsed in a coal mine.',
      '12 workers killed',
    ],
    [
      "Dutch 'mijnwerkers' count workers",
      'nl',
      'Maandag kwamen 21 mijnwerkers om het leven.',
      '21 workers killed',
    ],
    ["German 'Bergleute' count workers", 'de', 'Montag starben 17 Bergleute.', '17 workers killed'],
  ])('%s', (_name, lang, text, expected) => {
    expect(figures(lang, text)).toContain(expected);
  });
});

describe('sums in francs, pounds and roubles count their currency', () => {
  it.each([
    ['en', 'Monday UBS agreed to take over Credit Suisse for 3 billion Swiss francs.', '3000000000 francs'],
    ['nl', 'Maandag nam UBS concurrent Credit Suisse over voor 3 miljard frank.', '3000000000 francs'],
    ['de', 'Am Montag übernahm die UBS die Credit Suisse für drei Milliarden Franken.', '3000000000 francs'],
    ['de', 'Am Montag sagte Putin, der Staat habe 86 Milliarden Rubel ausgegeben.', '86000000000 roubles'],
    ['en', 'Monday the bank said it had lost 2 billion pounds.', '2000000000 pounds'],
  ])('[%s] “%s” counts %s', (lang, text, expected) => {
    const found = findFigures(text, lang, 'takeover', defaultLexicon).map(
      (f) => `${f.figure.value} ${f.figure.counts}`,
    );
    expect(found).toContain(expected);
  });
});

describe('the members of a body are counted as that body', () => {
  it.each([
    [
      'en',
      'Thirteen members of the security forces have been killed and 353 injured.',
      '13 police and soldiers killed',
    ],
    [
      'en',
      'The Interior Ministry said 18 members of the security forces had been killed.',
      '18 police and soldiers killed',
    ],
    [
      'nl',
      'Volgens het ministerie zijn twaalf leden van de veiligheidstroepen gedood.',
      '12 police and soldiers killed',
    ],
    [
      'de',
      'Nach Angaben des Innenministeriums wurden 18 Mitglieder der Sicherheitskräfte getötet.',
      '18 police and soldiers killed',
    ],
    ['en', 'Three members of parliament were killed in the blast.', '3 people killed'],
  ])('[%s] “%s” counts %s', (lang, text, counted) => {
    expect(
      findFigures(text, lang, 'death', defaultLexicon).map((f) => `${f.figure.value} ${f.figure.counts}`)[0],
    ).toBe(counted);
  });
});

describe('some of the dead are no toll of their own', () => {
  it.each([
    ['en', 'The authorities said 103 of the dead were in Almaty, the country’s largest city.'],
    ['en', 'Two of the dead officers had been decapitated, according to state media.'],
    ['nl', 'Volgens de autoriteiten vielen 103 van de doden in Almaty.'],
    ['de', 'Zwei der Toten waren Polizisten.'],
  ])('[%s] “%s” gives no figure and no death of its own', (lang, text) => {
    expect(findFigures(text, lang, 'death', defaultLexicon)).toEqual([]);
    expect(candidatesOf(lang, text, '2022-01-09').filter((c) => c.kind === 'death')).toEqual([]);
  });
});

describe('places counted in one city are places, not cities', () => {
  it.each([
    [
      'en',
      'According to the portal Vlast.kz, there were shootings in at least two places in the economic metropolis.',
      ['2 places'],
    ],
    ['nl', 'Er werd op minstens twee plaatsen in Almaty geschoten.', ['2 places']],
    ['de', 'In Almaty fielen an mindestens zwei Orten Schüsse.', ['2 places']],
    ['en', 'Protests were held in more than 20 cities on Saturday.', ['20 cities']],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });
});
