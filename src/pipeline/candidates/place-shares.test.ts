/**
 * A toll split by place ("Seventeen people were killed in the capital and two in Itahari") gives
 * each place's share, not a count of the whole: no figure another report's total could disagree
 * with, and no one place in the title.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const ITAHARI: MentionSpec = ['Itahari', 'place', 'itahari'];
const KATHMANDU: MentionSpec = ['Kathmandu', 'place', 'kathmandu'];

function deaths(lang: string, text: string, mentions: MentionSpec[]) {
  const c = candidatesOf(lang, text, '2025-09-08', mentions).find((x) => x.kind === 'death');
  return { title: c?.title, figures: c?.figures.map((f) => `${f.value} ${f.counts}`) };
}

describe('a toll split by place counts no whole', () => {
  it.each<[string, string, MentionSpec[], string, string[]]>([
    [
      'en',
      'Monday seventeen people were killed in the capital and two in the eastern city of Itahari, police said.',
      [ITAHARI],
      'People killed',
      [],
    ],
    [
      'nl',
      'Maandag kwamen zeventien mensen om het leven in Kathmandu en twee in Itahari.',
      [KATHMANDU, ITAHARI],
      'People killed',
      [],
    ],
    [
      'de',
      'Montag wurden 17 Menschen in Kathmandu getötet und zwei in Itahari.',
      [KATHMANDU, ITAHARI],
      'People killed',
      [],
    ],
    [
      'en',
      'Seventeen people died in Kathmandu, two in Itahari and one in Pokhara.',
      [KATHMANDU, ITAHARI],
      'Deaths in Kathmandu',
      [],
    ],
    [
      'en',
      'Monday 19 people were killed in Kathmandu and Itahari.',
      [KATHMANDU, ITAHARI],
      '19 people killed',
      ['19 people killed'],
    ],
    [
      'en',
      'Monday 17 people were killed and 2 injured in Kathmandu.',
      [KATHMANDU],
      '17 people killed',
      ['17 people killed'],
    ],
  ])('%s: “%s” is titled %s, counting %j', (lang, text, mentions, title, figures) => {
    expect(deaths(lang, text, mentions)).toEqual({ title, figures });
  });
});
