/**
 * What an evacuation's people leave ("ihre Häuser verlassen") says nothing about which evacuation
 * it is: a report of houses left and one of the wildfire people fled are one evacuation.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function evacuation(document: string, text: string, said: string, concepts: string[], kind = 'evacuation') {
  const when = day('2023-07-22', said);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    kind,
    title: 'Evacuation',
    concepts,
    places: ['rhodes'],
  });
}

describe('evacuations told by what was left and by what was fled', () => {
  const houses = evacuation(
    'rueckblick',
    'Am Samstag mussten Zehntausende Urlauber und Einwohner auf Rhodos ihre Hotels und Häuser verlassen.',
    'Am Samstag',
    ['structure'],
  );
  const fire = evacuation(
    'nos',
    'Duizenden toeristen op Rhodos moesten zaterdag hun hotel verlaten voor de bosbranden.',
    'zaterdag',
    ['wildfire'],
  );

  it('are one evacuation', () => {
    expect(mergeCandidates([houses, fire])).toHaveLength(1);
  });

  it('while a collapse of houses and a wildfire stay apart by their topics', () => {
    const collapse = evacuation(
      'a',
      'Am Samstag stürzten auf Rhodos Häuser ein.',
      'Am Samstag',
      ['structure'],
      'disaster',
    );
    const wildfire = evacuation(
      'b',
      'Op Rhodos woedden zaterdag bosbranden.',
      'zaterdag',
      ['wildfire'],
      'disaster',
    );
    expect(mergeCandidates([collapse, wildfire])).toHaveLength(2);
  });
});
