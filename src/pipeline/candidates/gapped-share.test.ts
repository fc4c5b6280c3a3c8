/**
 * "In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41": the closing share of another
 * place, its verb left out, is not where the sentence's count lies.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, type MentionSpec } from './test-helpers.ts';

const GERMANY: MentionSpec = ['Deutschland', 'place', 'germany'];
const BELGIUM: MentionSpec = ['Belgien', 'place', 'belgium'];

describe('a closing share of another place', () => {
  it.each<[string, string, string[], MentionSpec[]]>([
    [
      'de',
      'In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41.',
      ['germany'],
      [GERMANY, BELGIUM],
    ],
    [
      'en',
      'More than 180 people died in Germany, and in Belgium 41.',
      ['germany'],
      [
        ['Germany', 'place', 'germany'],
        ['Belgium', 'place', 'belgium'],
      ],
    ],
    [
      'de',
      'In Deutschland und Belgien starben mehr als 220 Menschen.',
      ['belgium', 'germany'],
      [GERMANY, BELGIUM],
    ],
  ])('[%s] “%s”: the toll lies in %j', (lang, text, places, mentions) => {
    const [toll] = candidatesOfSentence(lang, { text, mentions }).filter((c) => c.kind === 'death');
    expect([...(toll?.places ?? [])].sort()).toEqual(places);
  });
});
