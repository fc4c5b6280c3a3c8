/**
 * Sentences of the Rotterdam shootings of September 2023 (a home in Delfshaven, then the Erasmus
 * MC), read through the candidate stage with data/event-lexicon.json: the separable Dutch verbs of
 * shooting and killing, the German "schoss … auf", the English "shot his …", a Dutch statement told
 * with "vertelde … dat", arson told far from its verb, the one the gunman killed, and Europe named
 * only as the range of a superlative.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

/** The kinds of a sentence of that day; the chief prosecutor where it names him. */
const read = (lang: string, text: string) =>
  kindsAndTitles(
    lang,
    text,
    '2023-09-28',
    text.includes('Hillenaar') ? [['Hugo Hillenaar', 'actor', 'hillenaar']] : [],
  );

describe('a shooting, a killing, a statement and an arson told in words the lexicon knows', () => {
  it.each([
    ['nl', 'In een leslokaal schoot hij een 43-jarige docent dood.', 'death'],
    [
      'nl',
      'De 32-jarige schoot gistermiddag eerst zijn 39-jarige buurvrouw en haar dochter neer in hun huis.',
      'shooting',
    ],
    [
      'de',
      'Gegen 15 Uhr schoss er dort in einem Unterrichtsraum auf einen 43-jährigen Dozenten.',
      'shooting',
    ],
    [
      'en',
      'On the afternoon of September 28, 2023, he shot his 39-year-old neighbour and her 14-year-old daughter in their home.',
      'shooting',
    ],
    [
      'nl',
      'Hoofdofficier van justitie Hugo Hillenaar vertelde dat de universiteit de man eerder had gemeld vanwege "zorgwekkend gedrag".',
      'statement',
    ],
    ['nl', 'Daarna stichtte hij op meerdere plekken in het gebouw brand.', 'arson'],
  ])('[%s] “%s” is a %s', (lang, text, kind) => {
    expect(read(lang, text).map((k) => k.kind)).toContain(kind);
  });

  it.each([
    ['nl', 'De politie vertelde over de zoektocht naar de man.'],
    ['nl', 'Een broer vertelde de Turkse media dat hij "in de war" was.'],
    ['nl', 'Het schoot niet op met de onderhandelingen.'],
  ])('[%s] “%s” tells neither a statement nor a killing', (lang, text) => {
    const kinds = read(lang, text).map((k) => k.kind);
    expect(kinds).not.toContain('statement');
    expect(kinds).not.toContain('death');
  });
});

describe('the gunman named before “killing a …” is not the one killed', () => {
  it.each<[string, string, MentionSpec[]]>([
    [
      'en',
      'On Thursday the suspect, a 32-year-old student whom police identified as Fouad L., first opened fire at a home, killing a 39-year-old woman, police said.',
      [['Fouad L.', 'actor', 'fouad-l']],
    ],
    ['en', 'On Thursday Fouad L. shot dead his neighbour in their home.', [['Fouad L.', 'actor', 'fouad-l']]],
    // The officer who fired back killed the attacker; he was not killed.
    [
      'en',
      'His colleague, the 29-year-old police master candidate Luca Fouad, who was only some months in the service, fired back and killed the attacker.',
      [['Luca Fouad', 'actor', 'fouad-l']],
    ],
  ])('[%s] “%s”', (lang, text, mentions) => {
    const deaths = candidatesOf(lang, text, '2023-09-28', mentions).filter((c) => c.kind === 'death');
    expect(deaths.length).toBeGreaterThan(0);
    expect(deaths.map((c) => c.patient)).not.toContain('fouad-l');
  });
});

describe('one named after “a 41-year-old man” is still the one arrested', () => {
  it('“Police arrested a 41-year-old man, Tetsuya Yamagami, …” befell Yamagami', () => {
    const [arrest] = candidatesOf(
      'en',
      'Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene on suspicion of attempted murder.',
      '2022-07-08',
      [['Tetsuya Yamagami', 'actor', 'yamagami']],
    ).filter((c) => c.kind === 'arrest');
    expect(arrest?.patient).toBe('yamagami');
  });
});

describe('a place named as the range of a superlative is not where it happened', () => {
  it.each<[string, string, MentionSpec[]]>([
    [
      'en',
      'On Thursday hundreds of people were evacuated from the hospital, one of the largest in Europe.',
      [['Europe', 'place', 'europe']],
    ],
    [
      'nl',
      'Donderdag werd het ziekenhuis, een van de grootste van Europa, ontruimd.',
      [['Europa', 'place', 'europe']],
    ],
  ])('[%s] “%s”', (lang, text, mentions) => {
    const [evacuation] = candidatesOf(lang, text, '2023-09-28', mentions).filter(
      (c) => c.kind === 'evacuation',
    );
    expect(evacuation?.places).toEqual([]);
    expect(evacuation?.title).not.toMatch(/Europe/);
  });

  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'On Thursday hundreds of people were evacuated from the largest hospital in Rotterdam.',
      [['Rotterdam', 'place', 'rotterdam']],
      'evacuation',
    ],
    [
      'en',
      'On Sunday, the largest demonstration in Kazakhstan in 30 years.',
      [['Kazakhstan', 'place', 'kazakhstan']],
      'protest',
    ],
    [
      'nl',
      'Maandag blokkeerden tienduizenden mensen de grootste verkeersknooppunt van Belgrado.',
      [['Belgrado', 'place', 'belgrade']],
      'protest',
    ],
  ])(
    '[%s] “%s”: a superlative with its own noun is still where it happened',
    (lang, text, mentions, kind) => {
      const [found] = candidatesOf(lang, text, '2023-09-28', mentions).filter((c) => c.kind === kind);
      expect(found?.places).toEqual([mentions[0]?.[2]]);
    },
  );
});
