/**
 * A total so far ("inmiddels 480 opgepakt", "insgesamt 37 getötet") counts more than the smaller
 * count of one weekend or one day: two events, not one with a conflict of 150 against 480.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence, week } from '../candidates/test-helpers.ts';
import type { Figure, When } from '../../schema/events.ts';
import { callsTotal } from './total-counts.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

describe('a sentence that gives its count as a total', () => {
  it.each([
    [
      'nl',
      'arrests',
      'Volgens de politie zijn inmiddels ruim 480 mensen opgepakt en bijna 150 aangeklaagd.',
      true,
    ],
    [
      'de',
      'arrests',
      'Nach Angaben des Innenministeriums wurden landesweit inzwischen 4404 Menschen festgenommen.',
      true,
    ],
    ['nl', 'pledges', 'Inmiddels is al ruim 700 miljoen euro toegezegd voor de wederopbouw.', true],
    [
      'de',
      'deaths',
      'Bei den Explosionen am Dienstag und Mittwoch waren insgesamt 37 Menschen getötet worden.',
      true,
    ],
    ['en', 'deaths', 'In total, 37 people were killed in the explosions on Tuesday and Wednesday.', true],
    ['nl', 'deaths', 'In totaal kwamen bij de twee aanslagen 37 mensen om het leven.', true],
    ['nl', 'deaths', 'Bij de onrust zijn inmiddels vijf doden gevallen.', false],
    [
      'en',
      'deaths',
      'At least 39 people were killed on Thursday alone, the deadliest day of the protests so far.',
      false,
    ],
    ['en', 'arrests', 'According to the police, around 150 people were arrested over the weekend.', false],
    ['en', 'arrests', 'Justice Minister Flavio Dino said some 1,500 people had been detained in all.', true],
    ['en', 'arrests', 'Police made arrests in all 27 states on Sunday.', false],
  ])('[%s] %s: “%s” gives a total: %s', (_, kind, text, total) => {
    expect(callsTotal(text, kind === 'deaths')).toBe(total);
  });
});

function count(document: string, text: string, when: When, value: number, counts: string, kind: string) {
  const figure: Figure = { value, counts, text: String(value), qualifier: 'exact' };
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    kind,
    title: `${value} ${counts}`,
    figures: [figure],
  });
}

const weekend = week('2024-08-03', '2024-08-04', '2024-W31-WE', 'over the weekend');
const wednesday = day('2024-09-18', 'Wednesday');

describe('a total beside the count of one weekend or one day', () => {
  it.each([
    [
      'arrests over the weekend and the arrests so far',
      count(
        'en',
        'According to the police, around 150 people were arrested over the weekend.',
        weekend,
        150,
        'people arrested',
        'arrest',
      ),
      count(
        'nl',
        'Volgens de politie zijn inmiddels ruim 480 mensen opgepakt, meldde de politie in het weekend.',
        { ...weekend, text: 'in het weekend' },
        480,
        'people arrested',
        'arrest',
      ),
    ],
    [
      "Wednesday's dead and the dead of Tuesday and Wednesday together",
      count(
        'en',
        'Walkie-talkies exploded across Lebanon on Wednesday, killing at least 20 people.',
        wednesday,
        20,
        'people killed',
        'death',
      ),
      count(
        'de',
        'Bei den Explosionen am Dienstag und Mittwoch waren insgesamt 37 Menschen getötet worden.',
        { ...wednesday, text: 'Mittwoch' },
        37,
        'people killed',
        'death',
      ),
    ],
  ])('%s are two events without a conflict', (_, part, total) => {
    const events = mergeCandidates([part, total]);
    expect(events.map((e) => e.figures.map((f) => f.value))).toEqual(
      expect.arrayContaining([[part.figures[0]?.value], [total.figures[0]?.value]]),
    );
    expect(events.every((e) => e.conflicts.length === 0)).toBe(true);
  });

  it('a total that is the same as the count is one event', () => {
    const [part] = [
      count('en', 'At least 37 people were killed on Wednesday.', wednesday, 37, 'people killed', 'death'),
    ];
    const total = count(
      'de',
      'Am Mittwoch wurden insgesamt 37 Menschen getötet.',
      { ...wednesday, text: 'Mittwoch' },
      37,
      'people killed',
      'death',
    );
    expect(mergeCandidates([part, total])).toHaveLength(1);
  });

  it('without the word, two counts of one day remain a conflict', () => {
    const one = count(
      'en',
      'At least 20 people were killed on Wednesday.',
      wednesday,
      20,
      'people killed',
      'death',
    );
    const other = count(
      'de',
      'Am Mittwoch wurden 37 Menschen getötet.',
      { ...wednesday, text: 'Mittwoch' },
      37,
      'people killed',
      'death',
    );
    const events = mergeCandidates([one, other]);
    expect(events).toHaveLength(1);
    expect(events[0]?.conflicts.map((c) => c.field)).toEqual(['figures.people killed']);
  });
});
