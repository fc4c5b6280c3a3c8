/**
 * What a sentence sets ahead or holds now frames nothing after it: a deadline still ahead does not
 * date the announcement, a state that holds now does not date the next sentence.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

describe('a deadline still ahead does not date the announcement that sets it', () => {
  const timed = timeStage(
    article(
      'de',
      [
        [
          'Bundeskanzler Karl Nehammer nahm den Rücktritt am Freitagabend an.',
          'Er kündigte an, bis Montag einen Nachfolger zu benennen.',
        ],
      ],
      { date: '2023-11-18', precision: 'day', inferred: false },
    ),
  );
  const [accepted, announced] = timed.sentences;

  it('reads “bis Montag” as the coming Monday', () => {
    expect(announced?.timexes.map((t) => [t.text, t.value])).toEqual([['Montag', '2023-11-20']]);
  });

  it('dates no announcement by a deadline at the end of the year either', () => {
    const year = timeStage(
      article(
        'de',
        [
          [
            'Der Minister sprach am Mittwoch in Berlin.',
            'Er forderte die Unternehmen auf, bis Ende des Jahres neue Pläne vorzulegen.',
          ],
        ],
        { date: '2024-09-12', precision: 'day', inferred: false },
      ),
    );
    expect(year.sentences[1]?.timeFrom).toBe('context');
    expect(year.sentences[1]?.when.value).toBe('2024-09-11');
  });

  it('dates flights called off until Tuesday by the Sunday they were called off', () => {
    const cancelled = timeStage(
      article(
        'de',
        [
          [
            'Der Reiseveranstalter TUI teilte am Sonntag mit, alle Flüge seien bis einschließlich Dienstag abgesagt worden.',
          ],
        ],
        { date: '2023-07-23', precision: 'day', inferred: false },
      ),
    );
    expect(cancelled.sentences[0]?.when.value).toBe('2023-07-23');
  });

  it.each<[string, string, string]>([
    [
      'en',
      'The court ordered the four men held in custody until May 22.',
      'A court heard the case on Sunday.',
    ],
    ['nl', 'Ze blijven tot 22 mei in voorarrest.', 'De verdachten werden zondag voorgeleid.'],
    ['de', 'Sie bleiben bis zum 22. Mai in Untersuchungshaft.', 'Die Männer wurden am Sonntag vorgeführt.'],
  ])('[%s] “%s” is no news of 22 May: it takes the hearing’s Sunday', (lang, held, hearing) => {
    const timed = timeStage(
      article(lang, [[hearing, held]], { date: '2024-03-25', precision: 'day', inferred: false }),
    );
    expect(timed.sentences[1]?.when.value).toBe('2024-03-24');
  });

  it.each<[string, string]>([
    ['en', 'The junta declared a week of national mourning until April 6.'],
    ['nl', 'De junta kondigde een week van nationale rouw af tot en met 6 april.'],
    ['de', 'Die Militärregierung hat eine einwöchige Staatstrauer bis zum 6. April angeordnet.'],
  ])(
    '[%s] “%s” is no news of 6 April, the mourning’s last day: it was ordered before publication',
    (lang, mourning) => {
      const timed = timeStage(
        article(lang, [[mourning]], { date: '2025-04-01', precision: 'day', inferred: false }),
      );
      expect(timed.sentences[0]?.when.value).toBe('PAST_REF');
    },
  );

  it('dates the announcement by the sentence before, Friday evening', () => {
    expect(accepted?.when.value).toBe('2023-11-17TEV');
    expect(announced?.timeFrom).toBe('context');
    expect(announced?.when.value).toBe('2023-11-17TEV');
  });
});

describe('a state that holds now frames nothing after it', () => {
  const timed = timeStage(
    article(
      'nl',
      [
        [
          'Het leger van Myanmar heeft gisteren de macht gegrepen.',
          'Legerchef Min Aung Hlaing heeft nu alle macht in handen.',
          'Het leger riep voor een jaar de noodtoestand uit.',
        ],
      ],
      { date: '2021-02-02', precision: 'day', inferred: false },
    ),
  );

  it('dates the emergency declared after “nu alle macht in handen” by the coup’s “gisteren”', () => {
    expect(timed.sentences[2]?.timeFrom).toBe('context');
    expect(timed.sentences[2]?.when).toMatchObject({ start: '2021-02-01', precision: 'day' });
  });
});
