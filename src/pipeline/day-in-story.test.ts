/**
 * A report dated from its story's first day: the earliest day on which every weekday it tells
 * falls on or after that day, unless its opening then tells the news days before what it tells
 * further on.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './test-sentences.ts';
import { daysReported } from './date-mentions.ts';
import { dayAfterStory, dayInStory } from './day-in-story.ts';
import { followedConflict } from './followed-on.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

function article(paragraphs: string[][], language: string) {
  return { language, sentences: sentencesOf(paragraphs) };
}

/** A first report of Thursday 18 June 2020, the story's first day. */
const SISTERS = [{ id: 'en_reuters_0618', date: '2020-06-18', score: 0.2, shared: [], members: 1 }];
const START = { day: '2020-06-18', id: 'en_reuters_0618' };

describe('a report read from its story’s first day', () => {
  it.each<[string, string[][], string, string | undefined]>([
    [
      'an opening without a day, then Thursday’s insolvency and Monday’s arrest, is of no day of the first week',
      [
        [
          'The German payment company Wirecard has applied for bankruptcy.',
          'The company announced on Thursday that it is insolvent.',
        ],
        ['Former CEO Markus Braun was arrested on Monday evening and released on bail.'],
      ],
      'en',
      undefined,
    ],
    [
      'the same in German',
      [
        [
          'Der Zahlungsdienstleister Wirecard ist pleite.',
          'Das Unternehmen stellte am Donnerstag einen Insolvenzantrag.',
        ],
        ['Der frühere Vorstandschef Markus Braun war am Montagabend festgenommen worden.'],
      ],
      'de',
      undefined,
    ],
    [
      'an opening sentence whose Thursday describes the crash is the Monday after',
      [
        [
          'The second black box of the Air India plane that crashed in Ahmedabad on Thursday has been found.',
          'The cockpit voice recorder was recovered from the wreckage on Monday.',
          'The first flight recorder had been found on Friday on the roof of the hostel.',
        ],
      ],
      'en',
      '2020-06-22',
    ],
    [
      'an opening with Thursday’s news and Friday’s later is that Friday',
      [
        [
          'The German payment company Wirecard has applied for bankruptcy.',
          'The company announced on Thursday that it is insolvent.',
        ],
        ['Its chief executive resigned on Friday.'],
      ],
      'en',
      '2020-06-19',
    ],
  ])('%s', (_name, paragraphs, language, date) => {
    const a = article(paragraphs, language);
    const found = dayInStory(SISTERS, undefined, START, weekdayEvidence(a), daysReported(a));
    expect(found?.date).toBe(date);
  });
});

/** The Derna floods: a first report of Tuesday 12 September 2023, told from Sunday 10 September. */
const DERNA = [{ id: 'en_reuters_0912', date: '2023-09-12', score: 0.19, shared: [], members: 1 }];
const DERNA_START = { day: '2023-09-10', id: 'en_reuters_0912' };

describe('the reason for a report read in its story’s first week', () => {
  it.each<[string, string[][]]>([
    [
      'en',
      [
        ['On Monday, hundreds of people demonstrated in front of the Sahaba mosque in Derna.'],
        ['On Tuesday, the telephone and internet connections in Derna were interrupted.'],
      ],
    ],
    [
      'nl',
      [
        ['Maandag demonstreerden honderden mensen voor de Sahaba-moskee in Derna.'],
        ['Dinsdag werden de telefoon- en internetverbindingen in Derna verbroken.'],
      ],
    ],
    [
      'de',
      [
        ['Am Montag demonstrierten Hunderte Menschen vor der Sahaba-Moschee in Darna.'],
        ['Am Dienstag wurden die Telefon- und Internetverbindungen in Darna unterbrochen.'],
      ],
    ],
  ])(
    '[%s] Monday’s protest and Tuesday’s cut lines date it on, not after, the latest related report',
    (language, paragraphs) => {
      const a = article(paragraphs, language);
      const found = dayInStory(DERNA, undefined, DERNA_START, weekdayEvidence(a), daysReported(a));
      expect(found?.date).toBe('2023-09-12');
      expect(found?.why).toContain(
        'on or after every related report (the latest, en_reuters_0912 of 2023-09-12)',
      );
    },
  );
});

/** The Suez blockage: a first report of Friday 26 March 2021, told from Tuesday 23 March. */
const SUEZ = [{ id: 'nl_nos_0326', date: '2021-03-26', score: 0.2, shared: [], members: 1 }];
const SUEZ_START = { day: '2021-03-23', id: 'nl_nos_0326' };

describe('a report that names the story’s first day as one of last week', () => {
  it.each<[string, string[][]]>([
    [
      'nl',
      [
        [
          'Het scheepsverkeer door het Suezkanaal is maandagavond hervat, nadat het containerschip Ever Given eerder op de dag was losgetrokken.',
          'Dinsdag passeerden al meer dan honderd schepen het kanaal.',
        ],
        ['Het schip lag sinds vorige week dinsdag vast.'],
      ],
    ],
    [
      'en',
      [
        [
          'Traffic through the Suez Canal resumed on Monday evening after the container ship Ever Given was freed.',
          'On Tuesday more than a hundred ships passed through the canal.',
        ],
        ['The ship had been stuck since Tuesday last week.'],
      ],
    ],
    [
      'de',
      [
        [
          'Der Schiffsverkehr durch den Suezkanal wurde am Montagabend wieder aufgenommen, nachdem die Ever Given freigeschleppt worden war.',
          'Am Dienstag passierten bereits mehr als hundert Schiffe den Kanal.',
        ],
        ['Das Schiff steckte seit Dienstag vergangener Woche fest.'],
      ],
    ],
  ])(
    '[%s] its bare Tuesday is of its own week: it is dated that Tuesday, not the Monday before',
    (language, paragraphs) => {
      const a = article(paragraphs, language);
      const found = dayInStory(SUEZ, undefined, SUEZ_START, weekdayEvidence(a), daysReported(a));
      expect(found?.date).toBe('2021-03-30');
      expect(found?.why).toContain(
        'as a day of the week before; 2021-03-30 is the earliest day of the week after',
      );
    },
  );
});

/** The bridge in Baltimore collapsed on Tuesday 26 March 2024; the last report of March is of the 27th. */
const BRIDGE = [
  { id: 'en_ap_0326', date: '2024-03-26', score: 0.2, shared: [], members: 1 },
  { id: 'nl_nos_0327', date: '2024-03-27', score: 0.2, shared: [], members: 1 },
];
const BRIDGE_TEXT = [
  [
    'US President Joe Biden visited the site of the collapsed Francis Scott Key Bridge in Baltimore on Friday.',
  ],
  [
    'Governor Wes Moore said the recovery was going slowly.',
    'On Friday, divers recovered the body of a third worker.',
  ],
  ['A first temporary channel for smaller ships was opened on Monday.', 'A second followed on Thursday.'],
];

describe('a report of April that tells its weekdays in order', () => {
  it('"a second followed on Thursday" after Monday\'s first is not read in the story\'s first week', () => {
    const evidence = weekdayEvidence(article(BRIDGE_TEXT, 'en'));
    const start = { day: '2024-03-26', id: 'en_ap_0326' };
    expect(dayInStory(BRIDGE, '2024-04', start, evidence, daysReported(article(BRIDGE_TEXT, 'en')))).toBe(
      undefined,
    );
  });

  it('it is read on Friday 5 April, the first day of April by which Monday, then Thursday, then Friday have come', () => {
    const evidence = weekdayEvidence(article(BRIDGE_TEXT, 'en'));
    expect(dayAfterStory('2024-04', BRIDGE, evidence, (date) => followedConflict(date, evidence))?.date).toBe(
      '2024-04-05',
    );
  });
});

describe('a report that counts a week back from the weekday it tells', () => {
  it('"applied on Friday … closed a week earlier" in a story begun on Wednesday 8 March is of Friday 17 March', () => {
    const text = [
      ['The parent company of the collapsed Silicon Valley Bank has filed for bankruptcy protection.'],
      [
        'The company applied on Friday in New York for protection from its creditors under Chapter 11.',
        'The bank itself was closed by regulators a week earlier and is now being run by the deposit insurer FDIC.',
        'Treasury Secretary Janet Yellen told the Senate on Thursday that the US banking system remains sound.',
      ],
    ];
    const sisters = [
      { id: 'en_reuters_0311', date: '2023-03-11', score: 0.2, shared: [], members: 1 },
      { id: 'nl_nos_0313', date: '2023-03-13', score: 0.2, shared: [], members: 1 },
    ];
    const found = dayInStory(
      sisters,
      '2023-03',
      { day: '2023-03-08', id: 'en_reuters_0311' },
      weekdayEvidence(article(text, 'en')),
      daysReported(article(text, 'en')),
    );
    expect(found?.date).toBe('2023-03-17');
  });
});
