import { describe, expect, it } from 'vitest';
import { day, sentence } from './candidates/test-helpers.ts';
import {
  boundReach,
  dailyHighest,
  describeToll,
  tollAbove,
  tollIndex,
  tollIndexWithin,
} from './running-toll.ts';
import type { Candidate } from './types.ts';

/** A report's count of the dead (or injured), as the candidates stage gives it. */
function toll(
  document: string,
  text: string,
  value: number,
  kind = 'death',
  qualifier: 'exact' | 'more-than' = 'exact',
): Candidate {
  return {
    document,
    language: 'en',
    sentence: sentence({ text }),
    kind,
    title: 'People killed',
    when: day('2024-05-15'),
    actors: [],
    places: [],
    figures: [
      {
        value,
        counts: kind === 'injury' ? 'people injured' : 'people killed',
        text: String(value),
        qualifier,
      },
    ],
  };
}

const OWN_DAY = new Map([
  ['en_reuters_0515', '2024-05-15'],
  ['nl_nos_0516', '2024-05-16'],
  ['de_tagesschau_0519', '2024-05-19'],
  ['en_ap_0521', '2024-05-21'],
]);

const INJURED = [
  toll('en_reuters_0515', 'killed at least 18 people and injured 80 others Saturday', 80, 'injury'),
  toll('nl_nos_0516', '19 Menschen sind tot, 342 wurden verletzt.', 342, 'injury'),
  toll('de_tagesschau_0519', '21 young people died, more than 500 were injured.', 500, 'injury', 'more-than'),
];

const RISING = [
  toll('en_reuters_0515', '… after three nights of rioting over a voting reform left four people dead', 4),
  toll('nl_nos_0516', 'Bij de onrust zijn inmiddels vijf doden gevallen.', 5),
  toll('de_tagesschau_0519', 'Damit stieg die Zahl der Toten auf sechs.', 6),
  toll('en_ap_0521', 'Six people, including two gendarmes, have been killed in the violence.', 6),
];

describe('which dated report a report without a day counts more than', () => {
  it.each<[string, Candidate[], string | null]>([
    [
      '"zeven mensen om het leven" where the dated reports rose from four to six: after the last of them',
      [
        ...RISING,
        toll('nl_nrc_05', 'Bij de onrust kwamen zeven mensen om het leven, onder wie twee gendarmes.', 7),
      ],
      '2024-05-21',
    ],
    [
      '"sechs Menschen", as many as the reports from 19 May count: after the last to count fewer, of 16 May',
      [...RISING, toll('de_dpa_undated', 'Seit vergangener Woche kamen sechs Menschen ums Leben.', 6)],
      '2024-05-16',
    ],
    [
      '"vier", the first day\'s count, tops nothing',
      [...RISING, toll('de_dpa_undated', 'Bei den Unruhen kamen vier Menschen ums Leben.', 4)],
      null,
    ],
    [
      '31 killed in the strikes where every dated report repeats the 26 of the attack: no toll seen to run',
      [
        toll('en_reuters_0515', 'a day after gunmen killed 26 people', 26),
        toll('nl_nos_0516', 'schoten gewapende mannen 26 mensen dood', 26),
        toll('de_tagesschau_0519', 'Das Militär sprach von 26 getöteten Zivilisten.', 26),
        toll(
          'en_mt_undated',
          'According to the Pakistani army, 31 civilians were killed in the Indian strikes.',
          31,
        ),
      ],
      null,
    ],
    [
      'a count that fell (5,300, then 11,300, then 3,958 revised) is no running toll',
      [
        toll('en_reuters_0515', 'More than 5,300 people were killed', 5300),
        toll('nl_nos_0516', 'tussen de 18.000 en 20.000 mensen zijn omgekomen', 20000),
        toll('de_tagesschau_0519', 'von 11.300 Toten', 11300),
        toll('en_mt_undated', 'The United Nations now put the number of the dead at 23,958.', 23958),
      ],
      null,
    ],
    [
      '511 injured where a dated report gave "more than 500": after the last exact lower count, not after the rounded bound',
      [
        ...INJURED,
        toll('nl_nrc_05', 'Volgens de politie zijn inmiddels 511 mensen gewond geraakt.', 511, 'injury'),
      ],
      '2024-05-16',
    ],
    [
      '650 injured tops "more than 500" as well',
      [
        ...INJURED,
        toll('nl_nrc_05', 'More than 650 injured, according to the latest count by police.', 650, 'injury'),
      ],
      '2024-05-19',
    ],
    [
      'the injured are not the dead: a count of one kind tops only its own',
      [...RISING, toll('nl_nrc_05', 'Honderden mensen raakten gewond.', 200, 'injury')],
      null,
    ],
  ])('%s', (_, candidates, after) => {
    const document = candidates[candidates.length - 1]?.document ?? '';
    expect(tollAbove(document, tollIndex(candidates, OWN_DAY))?.below.date ?? null).toBe(after);
    // Read from the folder's daily highest counts, as the dating of many reports does, the same.
    const own = candidates.filter((c) => c.document === document);
    const within = tollIndexWithin(
      document,
      own,
      dailyHighest(candidates, OWN_DAY),
      '2024-01-01',
      '2024-12-31',
    );
    expect(tollAbove(document, within)?.below.date ?? null).toBe(after);
  });

  it('a window of days leaves out the dated reports outside it: "zeven" tops only those of 15 and 16 May', () => {
    const candidates = [
      ...RISING,
      toll('nl_nrc_05', 'Bij de onrust kwamen zeven mensen om het leven, onder wie twee gendarmes.', 7),
    ];
    const own = candidates.slice(-1);
    const within = tollIndexWithin(
      'nl_nrc_05',
      own,
      dailyHighest(candidates, OWN_DAY),
      '2024-05-15',
      '2024-05-16',
    );
    expect(tollAbove('nl_nrc_05', within)?.below.date).toBe('2024-05-16');
  });

  it.each<[string, Candidate[], string | undefined]>([
    [
      '"zes doden" where the report of 21 May gave seven: written by 21 May',
      [
        ...RISING.slice(0, 3),
        toll('en_ap_0521', 'Seven people have been killed.', 7),
        toll('nl_nrc_05', 'zes doden', 6),
      ],
      '2024-05-21',
    ],
    [
      '22 dead, and eight of them shot in Ayacucho: only the toll, never the dead of one place, is topped by a later count',
      [
        ...RISING.slice(0, 3),
        toll('en_ap_0521', 'Twelve people have been killed.', 12),
        toll('nl_nrc_05', 'zeker 22 mensen om het leven', 22),
        toll('nl_nrc_05', 'acht mensen doodgeschoten', 8),
      ],
      undefined,
    ],
  ])('%s', (_, candidates, by) => {
    expect(tollAbove('nl_nrc_05', tollIndex(candidates, OWN_DAY))?.above?.date).toBe(by);
  });

  it('the reason names the count and the report it tops', () => {
    const found = tollAbove(
      'nl_nrc_05',
      tollIndex([...RISING, toll('nl_nrc_05', 'zeven mensen', 7)], OWN_DAY),
    );
    expect(found && describeToll(found)).toBe(
      '7 people killed, more than the 6 of en_ap_0521 (2024-05-21), the latest report with its own date to count fewer',
    );
  });
});

describe('how far a rounded lower bound may reach', () => {
  it.each<[string, number, 'exact' | 'more-than' | 'at-least', number | undefined]>([
    ['"more than 500" may stand for up to 599', 500, 'more-than', 599],
    ['"at least 1,000" may stand for up to 1,999', 1000, 'at-least', 1999],
    ['"more than 650" may stand for up to 659', 650, 'more-than', 659],
    ['"at least 18" stands for itself', 18, 'at-least', undefined],
    ['an exact 500 stands for itself', 500, 'exact', undefined],
  ])('%s', (_, value, qualifier, reach) => {
    expect(boundReach(value, qualifier)).toBe(reach);
  });
});
