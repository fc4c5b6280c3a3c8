import { describe, expect, it } from 'vitest';
import type { AnnotatedSentence, Mention } from '../types.ts';
import { countCountries } from './country-counts.ts';
import { naming } from './test-helpers.ts';
import { mainCountry, withCountryReference } from './country-reference.ts';

const KAZAKHSTAN: Mention = {
  text: 'Kazakhstan',
  start: 0,
  end: 10,
  kind: 'place',
  id: 'kazakhstan',
  resolution: 'exact',
};

describe('a country named by a common noun', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'State television reported on Saturday night that security forces were continuing to crack down on demonstrators in several cities in the country.',
      'the country',
    ],
    ['en', 'Foreigners are currently not allowed into the ex-Soviet republic.', 'the ex-Soviet republic'],
    [
      'en',
      'Violent protests have been going on in the former Soviet republic for days.',
      'the former Soviet republic',
    ],
    [
      'en',
      'The Central Asian country has been rocking unprecedented clashes for days.',
      'The Central Asian country',
    ],
    ['nl', 'Hij kondigde de noodtoestand af voor het hele land.', 'het hele land'],
    [
      'nl',
      'Buitenlanders mogen de voormalige Sovjetrepubliek niet meer in.',
      'de voormalige Sovjetrepubliek',
    ],
    ['de', 'Im ganzen Land wurde das Internet abgeschaltet.', 'Im ganzen Land'],
    [
      'de',
      'Ausländer dürfen derzeit nicht in die ehemalige Sowjetrepublik einreisen.',
      'die ehemalige Sowjetrepublik',
    ],
  ])('[%s] “%s” is the country the report is about, at “%s”', (lang, text, noun) => {
    const mentions = withCountryReference(text, [], KAZAKHSTAN, lang);
    expect(mentions).toEqual([
      {
        ...KAZAKHSTAN,
        text: noun,
        start: text.indexOf(noun),
        end: text.indexOf(noun) + noun.length,
        resolution: 'context',
      },
    ]);
  });

  it.each<[string, string]>([
    ['en', 'Bashar al-Assad has fled the country.'],
    ['en', 'Employees who are not responsible for emergencies are allowed to leave the country.'],
    ['en', 'State television is a mouthpiece of the state.'],
    ['nl', 'Hij kreeg 72 uur om het land te verlaten.'],
    ['nl', 'De boeren werken op het land.'],
    ['de', 'Viele Familien leben auf dem Land.'],
    ['de', 'Tausende flohen aus dem Land.'],
  ])('[%s] “%s” names no scene in the country', (lang, text) => {
    expect(withCountryReference(text, [], KAZAKHSTAN, lang)).toEqual([]);
  });

  it('leaves a sentence that names a place of its own as it is', () => {
    const text = 'Security forces patrolled Almaty, the largest city in the country.';
    const almaty: Mention = {
      text: 'Almaty',
      start: 26,
      end: 32,
      kind: 'place',
      id: 'almaty',
      resolution: 'exact',
    };
    expect(withCountryReference(text, [almaty], KAZAKHSTAN, 'en')).toEqual([almaty]);
  });
});

/** A sentence naming the given places, each once. */
const CODES: Record<string, string> = { kazakhstan: 'KZ', almaty: 'KZ', russia: 'RU', germany: 'DE' };
const isCountry = (m: Mention) => m.id !== 'almaty';
const codeOf = (id: string) => CODES[id];

describe('the country a report is about', () => {
  it('is the one whose places it names most: Almaty counts for Kazakhstan, against Russia named as often', () => {
    const sentences = [naming('russia', 'kazakhstan'), naming('russia'), naming('almaty'), naming('almaty')];
    expect(mainCountry(countCountries(sentences, isCountry, codeOf))?.id).toBe('kazakhstan');
  });

  it.each<[string, AnnotatedSentence[]]>([
    ['two countries named as often', [naming('germany', 'kazakhstan'), naming('germany', 'kazakhstan')]],
    ['a country named once', [naming('kazakhstan')]],
    ['a country known only by its towns', [naming('almaty'), naming('almaty')]],
  ])('is none with %s', (_, sentences) => {
    expect(mainCountry(countCountries(sentences, isCountry, codeOf))).toBeUndefined();
  });
});
