import { describe, expect, it } from 'vitest';
import {
  agreements,
  agreesBetter,
  agreesOnTheDay,
  AnchorIndex,
  mayStillAgree,
  pairings,
  trialDays,
  type Happening,
} from './anchored-dates.ts';

let n = 0;
function told(document: string, group: string, start: string, end: string, names: string[]): Happening {
  n += 1;
  return { key: `s${n}`, title: group, group, start, end, names, document };
}

function indexOf(...happenings: Happening[]): AnchorIndex {
  const index = new AnchorIndex();
  for (const h of happenings) index.add(h);
  return index;
}

describe('what the dated reports agree a happening fell on', () => {
  it.each<[string, Happening[], string | undefined]>([
    [
      'one report dating the election anchors it',
      [told('nl_volkskrant', 'election', '2024-12-14', '2024-12-14', ['kavelashvili'])],
      '2024-12-14',
    ],
    [
      'a night told by its evening and by its morning anchors the later day',
      [
        told('a', 'capture', '2024-12-07', '2024-12-08', ['homs']),
        told('b', 'capture', '2024-12-08', '2024-12-08', ['homs']),
      ],
      '2024-12-08',
    ],
    [
      'reports three days apart tell two happenings and anchor none',
      [
        told('a', 'arrest', '2024-12-01', '2024-12-01', ['gvaramia']),
        told('b', 'arrest', '2024-12-04', '2024-12-04', ['gvaramia']),
      ],
      undefined,
    ],
    [
      'a happening told over a month anchors nothing',
      [told('a', 'election', '2024-12-01', '2024-12-31', ['kavelashvili'])],
      undefined,
    ],
  ])('%s', (_, happenings, day) => {
    const group = happenings[0]?.group ?? '';
    const name = happenings[0]?.names[0] ?? '';
    expect(indexOf(...happenings).anchor(group, name, 'undated')?.day).toBe(day);
  });

  it('a report is no anchor of its own date', () => {
    const index = indexOf(
      told('undated', 'arrest', '2024-07-22', '2024-07-22', ['gonzalez']),
      told('spiegel', 'arrest', '2024-09-02', '2024-09-02', ['gonzalez']),
    );
    expect(index.anchor('arrest', 'gonzalez', 'undated')).toMatchObject({
      day: '2024-09-02',
      document: 'spiegel',
    });
  });
});

describe('anchors of the reports of one story', () => {
  // The European Union's sanctions on Russia, told after Navalny's death, after Wagner's mutiny, after Prigozhin's crash.
  const index = indexOf(
    told('navalny__de_tagesschau_0224', 'sanctions', '2024-02-23', '2024-02-23', ['european-union']),
    told('wagner__en_guardian_0627', 'sanctions', '2023-06-26', '2023-06-26', ['european-union']),
    told('prigozhin__de_tagesschau_0827', 'sanctions', '2023-08-24', '2023-08-24', ['european-union']),
  );
  const navalny = (document: string) => document.startsWith('navalny__');

  it.each<[string, ((document: string) => boolean) | undefined, string | undefined]>([
    ['days told in three stories anchor nothing', undefined, undefined],
    ["kept to Navalny's reports, the sanctions fell on 23 February", navalny, '2024-02-23'],
    ['kept to none, nothing anchors', () => false, undefined],
  ])('%s', (_, kept, day) => {
    expect(index.anchor('sanctions', 'european-union', 'navalny__en_mt_undated', kept)?.day).toBe(day);
  });

  it('a day a kept report tells names the first report of that day', () => {
    const sameDay = indexOf(
      told('mpox__en_reuters_0814', 'emergency', '2024-08-14', '2024-08-14', ['who']),
      told('mpox__nl_nos_0815', 'emergency', '2024-08-14', '2024-08-14', ['who']),
    );
    expect(
      sameDay.anchor('emergency', 'who', 'mpox__nl_volkskrant_08', (d) => d === 'mpox__nl_nos_0815'),
    ).toMatchObject({ day: '2024-08-14', document: 'mpox__en_reuters_0814' });
  });
});

describe('whether a reading of an undated report agrees with the anchors', () => {
  const index = indexOf(told('spiegel', 'arrest', '2024-09-02', '2024-09-02', ['gonzalez']));
  it.each<[string, string, string, boolean, boolean]>([
    ['a warrant of "last week" read from 9 September holds the 2nd', '2024-09-02', '2024-09-08', true, true],
    [
      'a warrant of "last week" read from 2 September misses it by a day',
      '2024-08-26',
      '2024-09-01',
      true,
      false,
    ],
    ['a day told a day off agrees (a night told by its morning)', '2024-09-03', '2024-09-03', true, true],
    ['a month is no reading that agrees or not', '2024-08-01', '2024-08-31', false, false],
  ])('%s', (_, start, end, settled, agrees) => {
    const [p] = pairings([told('undated', 'arrest', start, end, ['gonzalez'])], index);
    expect(p).toMatchObject({ settled, agrees });
  });

  it.each<[string, string, boolean]>([
    [
      'an afternoon a day before the anchor ("yesterday afternoon" read a day early) misses it',
      '2024-09-01',
      false,
    ],
    ['an afternoon on the anchor’s day agrees', '2024-09-02', true],
  ])('%s', (_, day, agrees) => {
    const afternoon = { ...told('undated', 'arrest', day, day, ['gonzalez']), daytime: true };
    expect(pairings([afternoon], index)[0]?.agrees).toBe(agrees);
  });

  it('a new reading is better only if it agrees on more and on all the first agreed on', () => {
    expect(agreesBetter(new Set(['a']), new Set(['a', 'b']))).toBe(true);
    expect(agreesBetter(new Set(['a']), new Set(['b', 'c']))).toBe(false);
    expect(agreesBetter(new Set(), new Set())).toBe(false);
  });

  it('the days to try start at the latest anchor the report does not tell on its day, for two weeks', () => {
    const pairs = pairings([told('undated', 'arrest', '2024-07-22', '2024-07-28', ['gonzalez'])], index);
    expect(agreements(pairs).size).toBe(0);
    const days = trialDays(pairs);
    expect(days[0]).toBe('2024-09-02');
    expect(days).toHaveLength(14);
  });

  it('a report that tells every anchored happening on its day is not dated again', () => {
    const pairs = pairings([told('undated', 'arrest', '2024-09-02', '2024-09-02', ['gonzalez'])], index);
    expect(trialDays(pairs)).toEqual([]);
  });
});

describe('when trying later days stops', () => {
  const index = indexOf(told('spiegel', 'arrest', '2024-09-02', '2024-09-02', ['gonzalez']));
  const pair = (start: string, end: string) =>
    pairings([told('undated', 'arrest', start, end, ['gonzalez'])], index);
  const reading = (start: string, end: string) => {
    const [p] = pair(start, end);
    return p ? [{ ...p, happening: { ...p.happening, key: 'warrant' } }] : [];
  };

  it.each<[string, [string, string], [string, string], boolean]>([
    [
      'a warrant told "last week" that moved with the day and still lies before its anchor',
      ['2024-07-22', '2024-07-28'],
      ['2024-08-26', '2024-09-01'],
      true,
    ],
    [
      'a warrant told by its date, which no day moves',
      ['2024-07-22', '2024-07-28'],
      ['2024-07-22', '2024-07-28'],
      false,
    ],
    [
      'a warrant that moved past its anchor',
      ['2024-07-22', '2024-07-28'],
      ['2024-09-09', '2024-09-15'],
      false,
    ],
  ])('%s', (_, [s1, e1], [s2, e2], more) => {
    expect(mayStillAgree(reading(s1, e1), reading(s2, e2), new Set(), 7)).toBe(more);
  });

  it('a happening the first reading agreed on and the next does not stops the trials', () => {
    const first = reading('2024-09-02', '2024-09-02');
    expect(mayStillAgree(first, reading('2024-09-05', '2024-09-05'), agreements(first), 1)).toBe(false);
  });
});

describe('a reading told by the week', () => {
  const index = indexOf(told('reuters', 'accident', '2024-01-02', '2024-01-02', ['haneda']));
  const reading = (start: string, end: string) =>
    pairings([told('mt', 'accident', start, end, ['haneda'])], index);

  it('"last week" that one day did not move may yet move when the week turns', () => {
    const same = reading('2023-12-25', '2023-12-31');
    expect(mayStillAgree(same, same, new Set(), 1)).toBe(true);
  });
});

describe('whether the day after the first agreeing day reads an undated report better', () => {
  // 01_ap dates the declaration of national mourning 7 January; NOS, undated, says "President
  // Hollande had de nationale rouwdag gisteren na een spoedberaad afgekondigd".
  const index = indexOf(told('01_ap', 'declaration', '2015-01-07', '2015-01-07', ['hollande']));
  // One sentence read from two days: the same happening, of one key.
  const read = (day: string) =>
    pairings([{ ...told('02_nos', 'declaration', day, day, ['hollande']), key: 'mourning' }], index);

  it.each<[string, string, string, boolean]>([
    [
      '"gisteren" read from the 7th misses by a day; read from the 8th it holds the day',
      '2015-01-06',
      '2015-01-07',
      true,
    ],
    ['read from the 8th it holds the day; from the 9th it is a day late', '2015-01-07', '2015-01-08', false],
    [
      'a reading that already holds the day is no worse the day after, and no better',
      '2015-01-07',
      '2015-01-07',
      false,
    ],
  ])('%s', (_, first, next, better) => {
    expect(agreesOnTheDay(read(first), read(next))).toBe(better);
  });

  it('the day after loses where it drops an agreement the first day had', () => {
    const two = indexOf(
      told('01_ap', 'declaration', '2015-01-07', '2015-01-07', ['hollande']),
      told('01_ap', 'surrender', '2015-01-06', '2015-01-06', ['mourad']),
    );
    const both = (mourning: string, surrender: string) =>
      pairings(
        [
          { ...told('02_nos', 'declaration', mourning, mourning, ['hollande']), key: 'mourning' },
          { ...told('02_nos', 'surrender', surrender, surrender, ['mourad']), key: 'surrender' },
        ],
        two,
      );
    expect(agreesOnTheDay(both('2015-01-06', '2015-01-06'), both('2015-01-07', '2015-01-08'))).toBe(false);
  });
});
