import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, beforePublication, day, year } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { When } from '../types.ts';
import { featuresOf } from './features.ts';
import { scoreFeatures, THRESHOLD } from './similarity.ts';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

function score(a: EventCandidate, b: EventCandidate): number {
  return scoreFeatures(featuresOf(a), featuresOf(b));
}

/** The two death reports of a quake story, one sentence after the other. */
function deaths(second: { text: string; times: ReturnType<typeof day>[] }) {
  const candidates = extractCandidates(
    article(
      'quake',
      'en',
      [
        {
          text: 'In Syria, at least 1,600 people were killed, according to the government.',
          when: day('2023-02-06'),
          mentions: [['Syria', 'place', 'syria']],
        },
        second,
      ],
      '2023-02-07',
    ),
  ).filter((c) => c.kind === 'death');
  const [a, b] = candidates;
  if (!a || !b) throw new Error('expected two death reports');
  return score(a, b);
}

describe('two deaths with different tallies', () => {
  it('are two happenings when one is dated to another time: "Last year, a smaller quake killed 40 people"', () => {
    expect(
      deaths({
        text: 'Last year, a smaller quake killed 40 people in the same region.',
        times: [year('2022', 'Last year')],
      }),
    ).toBeLessThan(THRESHOLD);
  });

  it('are two happenings when one is dated only to the year that holds the other: "Last year, 40 people were killed"', () => {
    expect(
      deaths({
        text: 'Last year, 40 people were killed in an earthquake.',
        times: [year('2023', 'Last year')],
      }),
    ).toBeLessThan(THRESHOLD);
  });

  it('may be one tally revised on the same day: "By Monday night, 1,900 people had been killed"', () => {
    expect(
      deaths({
        text: 'By Monday night, 1,900 people had been killed in Syria.',
        times: [day('2023-02-06', 'Monday night')],
      }),
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('the same tally on days far apart', () => {
  it('is two happenings: the same death toll a month later is another disaster', () => {
    expect(
      deaths({
        text: 'On March 8, at least 1,600 people were killed in Syria in floods, the government said.',
        times: [day('2023-03-08', 'March 8')],
      }),
    ).toBe(-Infinity);
  });

  it('may be one tally reported again the next day', () => {
    expect(
      deaths({
        text: 'On Tuesday, at least 1,600 people were killed in Syria, the government said.',
        times: [day('2023-02-07', 'Tuesday')],
      }),
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('times that tell two happenings apart', () => {
  it('keeps a strike since the start of the year apart from Monday’s strike', () => {
    const [monday, since] = extractCandidates(
      article(
        'strike',
        'de',
        [
          {
            text: 'Ein großangelegter Warnstreik hat am Montag den Verkehr zum Erliegen gebracht.',
            times: [day('2023-03-27', 'am Montag')],
          },
          {
            text: 'Seit Jahresbeginn kam es zu mehr als 20 Warnstreiks.',
            times: [{ ...day('2023-01-01', 'Seit Jahresbeginn'), end: '2023-03-28' }],
          },
        ],
        '2023-03-28',
      ),
    ).filter((c) => c.kind === 'protest');
    if (!monday || !since) throw new Error('expected two strikes');
    expect(score(monday, since)).toBeLessThan(THRESHOLD);
  });

  it('keeps an evacuation in August apart from one reported, undated, in January', () => {
    const flood = extractCandidates(
      article(
        'flood',
        'en',
        [{ text: 'On Friday the army evacuated several villages.', times: [day('2023-08-04', 'On Friday')] }],
        '2023-08-05',
      ),
    ).filter((c) => c.kind === 'evacuation');
    const fire = extractCandidates(
      article(
        'fire',
        'en',
        [
          {
            text: 'The fire brigade evacuated seventy residents.',
            when: { ...beforePublication('2024-01-15'), start: '2024-01-08' },
          },
        ],
        '2024-01-15',
      ),
    ).filter((c) => c.kind === 'evacuation');
    const [a, b] = [...flood, ...fire];
    if (!a || !b) throw new Error('expected two evacuations');
    expect(score(a, b)).toBeLessThan(THRESHOLD);
  });
});

describe('times of day hours apart', () => {
  const at = (stamp: string, text: string) => ({
    start: stamp,
    end: stamp,
    precision: 'time' as const,
    value: stamp,
    confidence: 0.9,
    text,
  });
  const tremors = (second: string) => {
    const [a, b] = extractCandidates(
      article(
        'quake',
        'en',
        [
          {
            text: 'The quake hit at 4:17 a.m. near the city of Gaziantep.',
            times: [at('2023-02-06T04:17', '4:17 a.m.')],
          },
          { text: 'A second powerful quake struck the region later.', times: [at(second, 'later')] },
        ],
        '2023-02-07',
      ),
    ).filter((c) => c.kind === 'disaster');
    if (!a || !b) throw new Error('expected two quakes');
    return score(a, b);
  };

  it.each([
    ['nine hours later (13:17) is a second quake', '2023-02-06T13:17', false],
    ['twenty minutes later (04:37) may be the same quake', '2023-02-06T04:37', true],
  ])('a quake at 4:17 and one %s', (_, second, same) => {
    expect(tremors(second) >= THRESHOLD).toBe(same);
  });
});

describe('two reports of one kind dated only to a month', () => {
  const month = (text: string): When => ({
    start: '2024-07-01',
    end: '2024-07-31',
    precision: 'month',
    value: '2024-07',
    confidence: 0.8,
    text,
  });
  const protests = (spec: { text: string; times: When[] }, id: string) =>
    extractCandidates(article(id, 'en', [spec], '2024-07-20')).filter((c) => c.kind === 'protest');

  it('are one happening when both sentences name that month: "the protests began in early July"', () => {
    const [a] = protests(
      { text: 'The protests began in early July after a court ruling.', times: [month('early July')] },
      'a',
    );
    const [b] = protests(
      { text: 'Students have protested since July against the quotas.', times: [month('July')] },
      'b',
    );
    expect(a && b && score(a, b)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('are not, when both are dated only to a year: "last year, protests …"', () => {
    const [a] = protests(
      { text: 'Last year, protests broke out after a court ruling.', times: [year('2023', 'Last year')] },
      'a',
    );
    const [b] = protests(
      { text: 'Last year, students protested against the quotas.', times: [year('2023', 'Last year')] },
      'b',
    );
    expect(a && b && score(a, b)).toBeLessThan(THRESHOLD);
  });
});

describe('a tally its words date to another day than the sentence before it', () => {
  const STATE_TV =
    'Bei den landesweiten Protesten im Iran sind nach Angaben des Staatsfernsehens bislang 41 Menschen getötet worden.';
  const AMONG = 'Unter den Toten seien auch Angehörige der Sicherheitskräfte, hieß es am Samstag.';
  const IHR =
    'Die Menschenrechtsorganisation Iran Human Rights hatte bereits am Donnerstag von mindestens 31 getöteten Zivilisten gesprochen.';
  let file: EventFile;

  beforeAll(async () => {
    file = await eventFileOf({
      'de_tagesschau.txt': ` date 2022-09-24 Proteste im Iran\n\n${STATE_TV} ${AMONG}\n\n${IHR}\n`,
    });
  }, 60_000);

  it('is another count than the one its neighbour tells of: the rights group’s 31 of Thursday are not state television’s 41', () => {
    const [stateTv] = eventsFrom(file, STATE_TV);
    const [ihr] = eventsFrom(file, IHR);
    expect(stateTv?.figures.map((f) => f.value)).toEqual([41]);
    expect(ihr?.figures.map((f) => f.value)).toEqual([31]);
    expect(ihr?.when.start).toBe('2022-09-22');
  });

  it('while the sentence after a count, dated to the same day, still tells of it', () => {
    expect(eventsFrom(file, AMONG).map((e) => e.id)).toEqual(eventsFrom(file, STATE_TV).map((e) => e.id));
  });
});
