/**
 * A sentence of figures that goes on with the subject of the sentence before ("Together they …")
 * is cited with that sentence's happening, with its own figures.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, year, type MentionSpec } from './test-helpers.ts';

const LAST_YEAR = year('2021', 'Last year');

describe('figures that go on with the happening of the sentence before', () => {
  it.each<[string, string, string, string, MentionSpec[], string[]]>([
    [
      'the worth of last year’s licences is told of the licences',
      'en',
      'Last year, Germany issued 25 licenses for arms supplies to Kazakhstan.',
      'Together they were good for 2.2 million euros.',
      [['Germany', 'actor', 'germany']],
      ['licence', 'licence'],
    ],
    [
      'a Dutch "Samen waren ze" goes on with the licences',
      'nl',
      'Vorig jaar gaf Duitsland 25 exportlicenties af voor wapens.',
      'Samen waren ze goed voor 2,2 miljoen euro.',
      [['Duitsland', 'actor', 'germany']],
      ['licence', 'licence'],
    ],
    [
      'a German "Zusammen hatten sie" goes on with the licences',
      'de',
      'Im vergangenen Jahr erteilte Deutschland 25 Genehmigungen für Rüstungsexporte.',
      'Zusammen hatten sie einen Wert von 2,2 Millionen Euro.',
      [['Deutschland', 'actor', 'germany']],
      ['licence', 'licence'],
    ],
    [
      'a sentence that does not take up the subject before tells nothing of it',
      'en',
      'Last year, Germany issued 25 licenses for arms supplies to Kazakhstan.',
      'The market was worth 2.2 million euros.',
      [['Germany', 'actor', 'germany']],
      ['licence'],
    ],
  ])('%s', (_, lang, first, second, mentions, kinds) => {
    const times = lang === 'en' ? [LAST_YEAR] : [];
    const a = article('doc', lang, [
      { text: first, times, mentions, paragraph: 'p1' },
      { text: second, paragraph: 'p1' },
    ]);
    const candidates = extractCandidates(a);
    expect(candidates.map((c) => c.kind)).toEqual(kinds);
    const going = candidates[1];
    if (!going) return;
    expect(going.sentence.text).toBe(second);
    expect(going.title).toBe(candidates[0]?.title);
    expect(going.when).toEqual(candidates[0]?.when);
    expect(going.figures.length).toBeGreaterThan(0);
  });

  it('joins no sentence of another paragraph', () => {
    const a = article('doc', 'en', [
      { text: 'Last year, Germany issued 25 licenses for arms supplies to Kazakhstan.', times: [LAST_YEAR] },
      { text: 'Together they were good for 2.2 million euros.' },
    ]);
    expect(extractCandidates(a).map((c) => c.sentence.text)).toEqual([
      'Last year, Germany issued 25 licenses for arms supplies to Kazakhstan.',
    ]);
  });
});
