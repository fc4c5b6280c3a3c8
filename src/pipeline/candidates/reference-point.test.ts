/**
 * A place named to say where another lies ("340 km southwest of Moscow", "near the border with
 * Ukraine and Belarus", "the anniversary of the invasion of Ukraine") is no place of the happening.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const BRYANSK: MentionSpec = ['Bryansk', 'place', 'bryansk'];

describe('places named only as reference points', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      'en',
      'On Saturday the four gunmen were arrested in the Bryansk region, about 340 km southwest of Moscow, near the border with Ukraine and Belarus.',
      'On Saturday',
      [
        BRYANSK,
        ['Moscow', 'place', 'moscow'],
        ['Ukraine', 'place', 'ukraine'],
        ['Belarus', 'place', 'belarus'],
      ],
      ['bryansk'],
    ],
    [
      'nl',
      'Zaterdag werden de vier schutters gearresteerd in de regio Brjansk, 340 kilometer ten zuidwesten van Moskou, aan de grens met Oekraïne.',
      'Zaterdag',
      [
        ['Brjansk', 'place', 'bryansk'],
        ['Moskou', 'place', 'moscow'],
        ['Oekraïne', 'place', 'ukraine'],
      ],
      ['bryansk'],
    ],
    [
      'de',
      'Am Samstag wurden die vier Angreifer im Gebiet Brjansk festgenommen, 340 Kilometer südwestlich von Moskau an der Grenze zur Ukraine.',
      'Am Samstag',
      [
        ['Brjansk', 'place', 'bryansk'],
        ['Moskau', 'place', 'moscow'],
        ['Ukraine', 'place', 'ukraine'],
      ],
      ['bryansk'],
    ],
    [
      'en',
      'On Saturday flash floods swept through towns south of Valencia.',
      'On Saturday',
      [['Valencia', 'place', 'valencia']],
      ['valencia'],
    ],
    [
      'en',
      'On Friday the EU adopted new sanctions against Russia, on the eve of the second anniversary of the Russian invasion of Ukraine.',
      'On Friday',
      [
        ['Russia', 'place', 'russia'],
        ['Ukraine', 'place', 'ukraine'],
      ],
      ['russia'],
    ],
    [
      'nl',
      'Vrijdag nam de EU nieuwe sancties tegen Rusland aan, vlak voor de tweede verjaardag van de inval in Oekraïne.',
      'Vrijdag',
      [
        ['Rusland', 'place', 'russia'],
        ['Oekraïne', 'place', 'ukraine'],
      ],
      ['russia'],
    ],
    [
      'de',
      'Am Freitag beschloss die EU neue Sanktionen gegen Russland, kurz vor dem zweiten Jahrestag des russischen Überfalls auf die Ukraine.',
      'Am Freitag',
      [
        ['Russland', 'place', 'russia'],
        ['Ukraine', 'place', 'ukraine'],
      ],
      ['russia'],
    ],
    [
      'en',
      'On Saturday the four gunmen were arrested in Moscow and in Bryansk.',
      'On Saturday',
      [['Moscow', 'place', 'moscow'], BRYANSK],
      ['bryansk', 'moscow'],
    ],
  ])('[%s] “%s” happened in %j', (lang, text, phrase, mentions, places) => {
    const [c] = candidatesOfSentence(lang, { text, times: [day('2024-03-23', phrase)], mentions });
    expect(c?.places).toEqual(places);
  });
});
