/**
 * A country's authorities arrest within it (lexicon `inAgentCountry`): "On Saturday, Kazakh
 * authorities arrested … Karim Massimov", naming no place, took place in Kazakhstan; a place the
 * sentence names stays the arrest's.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

type Named = [string, Mention['kind'], string];

describe('where an arrest by a country’s authorities took place', () => {
  it.each<[string, string, string, Named[], string[]]>([
    [
      'English "Kazakh authorities arrested" Massimov in Kazakhstan',
      'en',
      'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
      [
        ['Kazakh', 'actor', 'kazakhstan'],
        ['Karim Massimov', 'actor', 'massimov'],
      ],
      ['kazakhstan'],
    ],
    [
      'Dutch "de Kazachstaanse autoriteiten … opgepakt" likewise',
      'nl',
      'Zaterdag hebben de Kazachstaanse autoriteiten het voormalige hoofd van de veiligheidsdienst, Karim Massimov, opgepakt.',
      [
        ['Kazachstaanse', 'actor', 'kazakhstan'],
        ['Karim Massimov', 'actor', 'massimov'],
      ],
      ['kazakhstan'],
    ],
    [
      'German "Die kasachischen Behörden haben … festgenommen" likewise',
      'de',
      'Die kasachischen Behörden haben am Samstag den früheren Geheimdienstchef Karim Massimow festgenommen.',
      [
        ['kasachischen', 'actor', 'kazakhstan'],
        ['Karim Massimow', 'actor', 'massimov'],
      ],
      ['kazakhstan'],
    ],
    [
      'a city the sentence names is where the arrest was',
      'en',
      'Kazakh authorities arrested Karim Massimov in Almaty.',
      [
        ['Kazakh', 'actor', 'kazakhstan'],
        ['Karim Massimov', 'actor', 'massimov'],
        ['Almaty', 'place', 'almaty'],
      ],
      ['almaty'],
    ],
    [
      'an arrest by no country names no place',
      'en',
      'Police arrested Karim Massimov on Saturday.',
      [['Karim Massimov', 'actor', 'massimov']],
      [],
    ],
  ])('%s', (_name, lang, text, mentions, places) => {
    const countries = new Set(['kazakhstan']);
    const found = extractCandidates(article('d', lang, [{ text, mentions }]), {
      placeKindOf: (id) => (countries.has(id) ? 'country' : id === 'almaty' ? 'city' : undefined),
    }).find((c) => c.kind === 'arrest');
    expect(found?.places.slice().sort()).toEqual(places);
  });
});
