/**
 * Statements of different speakers stay apart, also when a report that names no speaker matches
 * both; and one speaker's words of two days are two statements, however each sentence was dated.
 */
import { describe, expect, it } from 'vitest';
import { beforePublication, day, sentence, week } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

interface Said {
  document: string;
  text: string;
  agent?: string;
  actors: string[];
  when: When;
  /** The sentence dates itself (else its day comes from the paragraph). */
  own: boolean;
  /** Topics (troops, unless said). */
  concepts?: string[];
}

function statement({ document, text, agent, actors, when, own, concepts }: Said) {
  const s = sentence(own ? { text, times: [when] } : { text, when });
  return testCandidate(s, when, {
    document,
    kind: 'statement',
    title: 'Statement issued',
    actors,
    concepts: concepts ?? ['troops'],
    ...(agent ? { agent } : {}),
  });
}

/** The documents of each event, events in order of their first document. */
function eventDocuments(saids: Said[]): string[][] {
  return mergeCandidates(saids.map(statement))
    .map((e) => e.sources.map((s) => s.document).sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

const friday = day('2023-08-04', 'on Friday');

describe('a report naming no speaker between two speakers’ words', () => {
  const minister: Said = {
    document: 'a-wire',
    text: 'Foreign Minister Ana Ruiz said on Friday that the foreign troops must leave.',
    agent: 'ana-ruiz',
    actors: ['ana-ruiz', 'russia'],
    when: friday,
    own: true,
  };
  const unnamed: Said = {
    document: 'b-daily',
    text: 'Op vrijdag werd gezegd dat de buitenlandse troepen moeten vertrekken.',
    actors: ['ana-ruiz', 'russia'],
    when: day(friday.start, 'Op vrijdag'),
    own: true,
  };
  const alliance: Said = {
    document: 'c-weekly',
    text: 'Das Bündnis erklärte, seine Truppen zählten etwa 2500 Soldaten.',
    agent: 'alliance',
    actors: ['alliance'],
    when: friday,
    own: false,
  };
  it('joins the minister’s words, and the alliance’s stay a statement of their own', () => {
    expect(eventDocuments([minister, unnamed, alliance])).toEqual([['a-wire', 'b-daily'], ['c-weekly']]);
  });
});

describe('one speaker on two days', () => {
  const monday: Said = {
    document: 'a-wire',
    text: 'Bei einem Gipfel des Bündnisses sagte Präsident Lenz am Montag, Kämpfer hätten die Macht ergreifen wollen.',
    agent: 'lenz',
    actors: ['alliance', 'lenz'],
    when: day('2023-08-07', 'am Montag'),
    own: true,
  };
  const tuesday: Said = {
    document: 'b-daily',
    text: 'In een toespraak tot het parlement kondigde Lenz aan dat de troepen van het bondgenootschap vertrekken.',
    agent: 'lenz',
    actors: ['alliance', 'lenz'],
    when: day('2023-08-08'),
    own: false,
  };
  it('makes two statements, the second dated by its paragraph', () => {
    expect(eventDocuments([monday, tuesday])).toEqual([['a-wire'], ['b-daily']]);
  });

  it('makes one statement when both tell the same day', () => {
    expect(eventDocuments([monday, { ...tuesday, when: monday.when }])).toEqual([['a-wire', 'b-daily']]);
  });
});

describe('a speaker’s undated words', () => {
  const dated: Said = {
    document: 'a-wire',
    text: 'Lenz said on Wednesday that he had taken over the security council from his predecessor Berg.',
    agent: 'lenz',
    actors: ['lenz', 'berg'],
    when: day('2023-08-02', 'on Wednesday'),
    own: true,
    concepts: [],
  };
  const undated: Said = {
    document: 'b-daily',
    text: 'Lenz also criticised his predecessor Berg, saying his rule had created a layer of wealthy people.',
    agent: 'lenz',
    actors: ['lenz', 'berg'],
    when: beforePublication('2023-08-08'),
    own: false,
    concepts: [],
  };
  it('are not the words of one of his days for the names they share', () => {
    expect(eventDocuments([dated, undated])).toEqual([['a-wire'], ['b-daily']]);
  });

  it('are, with a topic in common', () => {
    expect(
      eventDocuments([
        { ...dated, concepts: ['troops'] },
        { ...undated, concepts: ['troops'] },
      ]),
    ).toEqual([['a-wire', 'b-daily']]);
  });
});

describe('a speaker’s words dated only to the week of a visit', () => {
  const appeal: Said = {
    document: 'a-nos',
    text: 'President Macron riep alle partijen op tot kalmte.',
    agent: 'macron',
    actors: ['macron'],
    when: day('2024-05-13'),
    own: false,
    concepts: [],
  };
  // "Vorige week bezocht Macron de eilandengroep. Hij beloofde toen …": the visit's week.
  const promise: Said = {
    document: 'b-nrc',
    text: 'Hij beloofde toen dat de kieshervorming niet „met geweld” zou worden doorgevoerd.',
    agent: 'macron',
    actors: ['macron'],
    when: week('2024-05-13', '2024-05-19', '2024-W20'),
    own: false,
    concepts: [],
  };
  it('are not his words of another statement on a day of that week', () => {
    expect(eventDocuments([appeal, promise])).toEqual([['a-nos'], ['b-nrc']]);
  });

  it('are, with a topic in common', () => {
    expect(
      eventDocuments([
        { ...appeal, concepts: ['troops'] },
        { ...promise, concepts: ['troops'] },
      ]),
    ).toEqual([['a-nos', 'b-nrc']]);
  });
});

describe('one speaker’s words of two days and a report of “said” between them', () => {
  const wednesday: Said = {
    document: 'a-nos',
    text: 'Hij noemde het "de donkerste dag" in de geschiedenis van het bedrijf.',
    agent: 'spohr',
    actors: ['spohr'],
    when: day('2015-03-25'),
    own: false,
  };
  const thursday: Said = {
    document: 'b-ap',
    text: 'Lufthansa CEO Carsten Spohr said the company was "stunned" by the findings.',
    agent: 'spohr',
    actors: ['spohr', 'lufthansa'],
    when: day('2015-03-26', undefined, 0.43),
    own: false,
  };
  const either: Said = {
    document: 'c-translation',
    text: 'The president of the company Lufthansa Carsten Spor said that the co-pilot was apt to the flight at hundred percent.',
    agent: 'spohr',
    actors: ['spohr', 'lufthansa'],
    when: { start: '2015-03-25', end: '2015-03-26', precision: 'day', value: '2015-03-25', confidence: 0.34 },
    own: false,
  };
  it('keeps the words of the 25th and of the 26th two statements, the report between joining one', () => {
    const events = eventDocuments([wednesday, thursday, either]);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual(['a-nos']);
  });
});
