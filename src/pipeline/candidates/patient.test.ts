/**
 * Who a happening befell, as choosePatient picks it among a sentence's names: the person it
 * belongs to, the one an active verb acts on, else the nearest person who neither does it nor
 * speaks of it.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { defaultLexicon } from './lexicon.ts';
import { choosePatient } from './patient.ts';

function mentionsIn(text: string, names: string[]): Mention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, kind: 'unknown', resolution: 'unresolved' };
  });
}

describe('choosePatient', () => {
  it.each<[string, string, string[], boolean, string | undefined]>([
    ['Police arrested Anna Schmidt in Berlin.', 'arrested', ['Anna Schmidt'], false, 'Anna Schmidt'],
    [
      'Tokayev removes Nursultan Nazarbayev as head of the Security Council.',
      'removes',
      ['Tokayev', 'Nursultan Nazarbayev'],
      false,
      'Nursultan Nazarbayev',
    ],
    [
      'Rishi Sunak accepted the resignation of Dominic Raab.',
      'resignation',
      ['Rishi Sunak', 'Dominic Raab'],
      true,
      'Dominic Raab',
    ],
    [
      'Anna Schmidt was arrested by Peter Weber.',
      'arrested',
      ['Anna Schmidt', 'Peter Weber'],
      false,
      'Anna Schmidt',
    ],
    ['Spokesman Peter Weber said two men were arrested.', 'arrested', ['Peter Weber'], false, undefined],
  ])('in “%s” (trigger “%s”) the patient is %5$s', (text, trigger, names, owned, expected) => {
    const mentions = mentionsIn(text, names);
    const at = text.indexOf(trigger);
    const byMarked = mentions.find((m) => text.slice(0, m.start).endsWith('by '));
    const patient = choosePatient(text, mentions, at, {
      owned,
      byMarked,
      lexicon: defaultLexicon,
      isPerson: () => true,
    });
    expect(patient?.text).toBe(expected);
  });
});
