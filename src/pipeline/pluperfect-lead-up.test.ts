/**
 * A report telling the story's first day in the simple past and what led up to it in the
 * pluperfect is of that first day, not of the days after on which the pluperfect weekday would be
 * its latest news.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './test-sentences.ts';
import { daysReported } from './date-mentions.ts';
import { dayInStory } from './day-in-story.ts';
import { daysCounted, leadUpInStory } from './pluperfect-lead-up.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

function article(paragraphs: string[][], language: string) {
  return { language, sentences: sentencesOf(paragraphs) };
}

/** The Thai cave rescue: the diver's death on Friday 6 July 2018, told by AP on Monday 9 July. */
const SISTERS = [{ id: 'en_ap_0709', date: '2018-07-09', score: 0.55, shared: [], members: 1 }];
const START = { day: '2018-07-06', id: 'en_ap_0709' };

describe('a report telling in the pluperfect what led up to its story’s first day', () => {
  it.each<[string, string[][], string, string | undefined]>([
    [
      'the diver dead “in der Nacht zum Freitag” and the boys found “am Montagabend” in the pluperfect is that Friday',
      [
        [
          'Die zwölf Jungen und ihr Trainer sitzen seit dem 23. Juni in der Höhle Tham Luang fest.',
          'Der frühere Marinetaucher Saman Kunan starb in der Nacht zum Freitag, als ihm auf dem Rückweg der Sauerstoff ausging, teilte die Marine mit.',
        ],
        ['Britische Taucher hatten sie am Montagabend nach neun Tagen lebend gefunden.'],
        ['Der Gouverneur der Provinz Chiang Rai, Narongsak Osottanakorn, sagte am Freitag, die Zeit dränge.'],
      ],
      'de',
      '2018-07-06',
    ],
    [
      'the same in English',
      [
        ['The boys have been trapped in the cave since June 23.'],
        ['A former navy diver, Saman Kunan, died on Friday when he ran out of oxygen, the navy said.'],
        ['British divers had reached the boys on Monday evening after nine days.'],
      ],
      'en',
      '2018-07-06',
    ],
    [
      'the same in Dutch',
      [
        ['De jongens zitten sinds 23 juni vast in de grot.'],
        ['Een voormalige marineduiker, Saman Kunan, kwam vrijdag om het leven toen zijn zuurstof opraakte.'],
        ['Britse duikers hadden de jongens maandagavond na negen dagen levend gevonden.'],
      ],
      'nl',
      '2018-07-06',
    ],
    [
      'without the count of days to Monday the pluperfect may tell what followed: Monday is its latest day',
      [
        ['The boys have been trapped in the cave since June 23.'],
        ['A former navy diver, Saman Kunan, died on Friday when he ran out of oxygen, the navy said.'],
        ['British divers had reached the boys on Monday evening.'],
      ],
      'en',
      '2018-07-09',
    ],
    [
      'Friday’s death and Monday’s find both in the simple past is no report of that Friday',
      [
        ['The boys have been trapped in the cave since June 23.'],
        ['A former navy diver, Saman Kunan, died on Friday when he ran out of oxygen, the navy said.'],
        ['British divers found the boys alive on Monday evening after nine days.'],
      ],
      'en',
      '2018-07-09',
    ],
  ])('%s', (_name, paragraphs, language, date) => {
    const a = article(paragraphs, language);
    expect(dayInStory(SISTERS, undefined, START, weekdayEvidence(a), daysReported(a))?.date).toBe(date);
  });

  it.each<[string, number[], number[], string, string | undefined]>([
    [
      'Friday told plainly, Monday nine days after 23 June in the pluperfect',
      [5, 1],
      [1],
      '06-23',
      '2018-07-06',
    ],
    ['Friday and Saturday told plainly, the same Monday', [5, 6, 1], [1], '06-23', '2018-07-07'],
    ['nine days after 24 June, a Tuesday, is no Monday', [5, 1], [1], '06-24', undefined],
    ['no weekday told in the pluperfect', [5, 1], [], '06-23', undefined],
    ['the first day not told', [6, 1], [1], '06-23', undefined],
  ])('%s gives %s', (_name, past, earlier, named, date) => {
    const evidence = {
      past: new Set(past),
      earlier: new Set(earlier),
      ...(earlier[0] === undefined ? {} : { earlierCounted: { day: earlier[0], days: 9 } }),
    };
    const days = { withYear: undefined, withoutYear: named };
    expect(leadUpInStory(evidence, '2018-07-06', days)).toBe(date);
  });

  it.each<[string, number | undefined]>([
    ['Britische Taucher hatten sie am Montagabend nach neun Tagen lebend gefunden.', 9],
    ['Two British divers found them alive on July 2, nine days after they disappeared.', 9],
    ['Britse duikers hadden hen maandag na negen dagen levend gevonden.', 9],
    ['Sie waren zehn Tage nach dem Unglück gefunden worden.', 10],
    ['Britse duikers hadden hen maandagavond levend gevonden.', undefined],
  ])('“%s” counts %s days', (text, days) => {
    expect(daysCounted(text)).toBe(days);
  });
});
