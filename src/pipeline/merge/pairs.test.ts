import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { beforePublication, day, sentence, week, year } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { featuresOf } from './features.ts';
import { blocksOf, dayKeys, firstAfter, rankedPairs, strongestFirst } from './pairs.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function candidate(
  document: string,
  extra: Partial<EventCandidate>,
): { c: EventCandidate; features: ReturnType<typeof featuresOf> } {
  const when = day('2022-01-08', 'On Saturday');
  const c = testCandidate(
    sentence({ text: 'On Saturday, something happened.', times: [when] }),
    when,
    Object.assign({ document }, extra),
  );
  return { c, features: featuresOf(c) };
}

describe('firstAfter: where in an ascending list the entries past a start', () => {
  it.each([
    [[], 3, 0],
    [[1, 2, 3], 0, 0],
    [[1, 2, 3], 2, 2],
    [[1, 2, 2, 3], 2, 3],
    [[1, 2, 3], 3, 3],
    [[1, 2, 3], 9, 3],
  ])('in %j past %i is index %i', (list, a, expected) => {
    expect(firstAfter(list, a)).toBe(expected);
  });
});

describe('strongestFirst: the order in which pairs are joined', () => {
  it.each([
    [[], []],
    [[2], [0]],
    [
      [2, 3.5, 2, 5, 3.5],
      [3, 1, 4, 0, 2],
    ],
    [
      [4, 4, 4],
      [0, 1, 2],
    ],
    [
      [2.5, 7, 2.25, 7, 2.5, 3],
      [1, 3, 5, 0, 4, 2],
    ],
  ])('scores %j are joined in the order %j (equal scores as listed)', (scores, expected) => {
    expect(strongestFirst(scores)).toEqual(expected);
  });
});

describe('blocksOf: the blocks each candidate is compared within', () => {
  it('puts candidates of one kind group naming the same actor in one block, and others not', () => {
    const items = [
      candidate('a', { actors: ['km'] }),
      candidate('b', { kind: 'investigation', actors: ['km'] }),
      candidate('c', { kind: 'death', actors: ['km'] }),
    ];
    const [a, b, c] = blocksOf(items);
    expect(a?.filter((list) => b?.includes(list))).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(a?.some((list) => c?.includes(list))).toBe(false);
  });

  it('puts a candidate that names an actor twice in that block twice', () => {
    const [a] = blocksOf([candidate('a', { actors: ['km', 'km'] })]);
    // The kind group, the document, and the actor twice.
    expect(a).toEqual([[0], [0], [0, 0], [0, 0]]);
  });
});

describe('rankedPairs: pairs that pass, strongest first', () => {
  it('lists the strongest pair first, then ties by their first and second candidate', () => {
    const items = [
      candidate('a', { actors: ['km'], places: ['almaty'] }),
      candidate('b', { actors: ['km'] }),
      candidate('c', { actors: ['km'], places: ['almaty'] }),
    ];
    const pairs = rankedPairs(items);
    expect(pairs.order.map((p) => [pairs.a[p], pairs.b[p]])).toEqual([
      [0, 2],
      [0, 1],
      [1, 2],
    ]);
  });

  it('leaves out pairs of different kinds', () => {
    const items = [candidate('a', { actors: ['km'] }), candidate('b', { kind: 'death', actors: ['km'] })];
    expect(rankedPairs(items).order).toEqual([]);
  });
});

const DAY_MS = 86_400_000;
const isoDay = (key: number | string) =>
  typeof key === 'number' ? new Date(key * DAY_MS).toISOString().slice(0, 10) : key;

describe('dayKeys: what a report is compared on where its kind has too many to compare all', () => {
  const stretch: When = {
    start: '2022-01-01',
    end: '2022-01-20',
    precision: 'day',
    value: '2022-01-01',
    confidence: 0.8,
  };
  it.each<[string, When, string[]]>([
    [
      'a day is compared on that day and one either side',
      day('2022-01-07'),
      ['2022-01-06', '2022-01-07', '2022-01-08'],
    ],
    [
      'a week is compared on each of its days and one either side',
      week('2022-01-06', '2022-01-08', '2022-W01'),
      ['2022-01-05', '2022-01-06', '2022-01-07', '2022-01-08', '2022-01-09'],
    ],
    [
      'a report dated only before publication is compared on the last days up to publication',
      beforePublication('2022-01-08'),
      ['2022-01-04', '2022-01-05', '2022-01-06', '2022-01-07', '2022-01-08'],
    ],
    [
      '"since the turn of the year" three weeks on is compared on the last days up to publication',
      stretch,
      ['2022-01-16', '2022-01-17', '2022-01-18', '2022-01-19', '2022-01-20'],
    ],
    ['"last year" is compared with the other reports of that year', year('2021'), ['2021']],
  ])('%s', (_name, when, expected) => {
    const c = testCandidate(sentence({ text: 'Something happened.', when }), when);
    expect(dayKeys(featuresOf(c)).map(isoDay)).toEqual(expected);
  });
});

/** `n` arrests, each in its own article and on its own day from 1 March 2022: a crowded kind. */
function otherArrests(n: number): EventCandidate[] {
  return Array.from({ length: n }, (_, i) => {
    const when = day(new Date(Date.UTC(2022, 2, 1 + i)).toISOString().slice(0, 10));
    return testCandidate(sentence({ text: `Arrest number ${i}.`, when }), when, {
      document: `other-${String(i).padStart(3, '0')}`,
      actors: [`someone-${i}`, 'police'],
      places: ['almaty'],
    });
  });
}

function arrestOn(
  document: string,
  date: string,
  text: string,
  extra: Partial<EventCandidate> = {},
): EventCandidate {
  const when = day(date, date);
  return testCandidate(sentence({ text: `${text} ${date}`, times: [when] }), when, { document, ...extra });
}

function sentencesOf(events: ReturnType<typeof mergeCandidates>, text: string): string[] | undefined {
  return events
    .find((e) => e.sources.some((s) => s.sentence.startsWith(text)))
    ?.sources.map((s) => s.sentence);
}

describe('mergeCandidates among hundreds of reports of one kind (compared by day, not all with all)', () => {
  it('joins the police arrests in Almaty on Saturday and in the night to Saturday among 300 arrests on other days', () => {
    // Both share only what every arrest here shares (the police, Almaty), and start on different days.
    const shared = { actors: ['police'], places: ['almaty'] };
    const night: When = {
      start: '2022-01-07',
      end: '2022-01-08',
      precision: 'part-of-day',
      value: '2022-01-07TNI',
      confidence: 0.85,
      text: 'In the night to Saturday',
    };
    const events = mergeCandidates([
      ...otherArrests(300),
      arrestOn('a', '2022-01-08', 'The police arrested dozens in Almaty on', shared),
      testCandidate(
        sentence({ text: 'In the night to Saturday the police detained dozens in Almaty.', times: [night] }),
        night,
        { document: 'b', ...shared },
      ),
    ]);
    expect(sentencesOf(events, 'The police arrested dozens')).toEqual([
      'The police arrested dozens in Almaty on 2022-01-08',
      'In the night to Saturday the police detained dozens in Almaty.',
    ]);
  });

  it('joins an undated sentence to the dated report before it in the same article', () => {
    const ban = { kind: 'ban', title: 'Ban imposed' };
    const dated = arrestOn('z', '2022-01-07', 'Exports were banned on', { ...ban, actors: ['germany'] });
    const undated = testCandidate(
      sentence(
        { text: 'The ban holds for all weapons.', when: beforePublication('2022-01-20'), paragraph: 'p2' },
        1,
      ),
      beforePublication('2022-01-20'),
      { ...ban, document: 'z' },
    );
    const bans = otherArrests(120).map((c) => ({ ...c, ...ban }));
    const events = mergeCandidates([...bans, dated, undated]);
    expect(sentencesOf(events, 'Exports were banned')).toEqual([
      'Exports were banned on 2022-01-07',
      'The ban holds for all weapons.',
    ]);
  });

  it('makes 150 articles reporting the one arrest of Massimov on one day one event citing all 150', () => {
    const massimov = { actors: ['karim-massimov'], patient: 'karim-massimov' };
    const reports = Array.from({ length: 150 }, (_, i) =>
      arrestOn(`report-${String(i).padStart(3, '0')}`, '2022-01-08', 'Massimov was arrested on', massimov),
    );
    const events = mergeCandidates(reports);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toHaveLength(150);
  });

  it('joins two articles quoting one statement of Tokayev although twenty other speakers are quoted that day', () => {
    const statement = (document: string, agent: string, date: string) =>
      arrestOn(document, date, `${agent} said about Tokayev on`, {
        kind: 'statement',
        title: 'Statement',
        agent,
        actors: ['tokayev'],
      });
    const otherDays = Array.from({ length: 120 }, (_, i) =>
      statement(
        `day-${String(i).padStart(3, '0')}`,
        `speaker-${i}`,
        new Date(Date.UTC(2022, 2, 1 + i)).toISOString().slice(0, 10),
      ),
    );
    const sameDay = Array.from({ length: 20 }, (_, i) =>
      statement(`m-${String(i).padStart(2, '0')}`, `speaker-${i}`, '2022-01-07'),
    );
    const events = mergeCandidates([
      ...otherDays,
      statement('a', 'tokayev', '2022-01-07'),
      ...sameDay,
      statement('z', 'tokayev', '2022-01-07'),
    ]);
    expect(sentencesOf(events, 'tokayev said')).toEqual([
      'tokayev said about Tokayev on 2022-01-07',
      'tokayev said about Tokayev on 2022-01-07',
    ]);
  });
});
