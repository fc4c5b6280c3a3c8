/**
 * A weekday a report tells as still ahead is after the day it was written: a sister report of that
 * weekday was written later, and the report on the last day before it that its weekdays fit.
 */
import { describe, expect, it } from 'vitest';
import { aheadConflict, dayBeforeAhead, pastAndAheadConflict } from './ahead-day.ts';
import { sentencesOf } from './test-sentences.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

function evidence(sentences: string[], language: string) {
  return weekdayEvidence({ language, sentences: sentencesOf([sentences]) });
}

/** Thursday 22 June 2023 and the Wednesday before it. */
const THURSDAY = '2023-06-22';
const WEDNESDAY = '2023-06-21';

describe('a weekday told as still ahead', () => {
  it.each<[string, string[], string, string, boolean]>([
    [
      'Dutch “raakt donderdagochtend op” is no report of that Thursday',
      ['De zuurstofvoorraad aan boord van de Titan raakt volgens de kustwacht donderdagochtend op.'],
      'nl',
      THURSDAY,
      false,
    ],
    [
      'but fits the Wednesday before it',
      ['De zuurstofvoorraad aan boord van de Titan raakt volgens de kustwacht donderdagochtend op.'],
      'nl',
      WEDNESDAY,
      true,
    ],
    [
      'German “will am Donnerstag … beraten” is no report of that Thursday',
      ['Die ECOWAS will am Donnerstag auf einem weiteren Gipfel in Abuja beraten.'],
      'de',
      THURSDAY,
      false,
    ],
    [
      'English “will run out on Thursday morning” is no report of that Thursday',
      ['The oxygen on board will run out on Thursday morning, the coast guard said.'],
      'en',
      THURSDAY,
      false,
    ],
    [
      '“next Thursday” is a week on and fits a Thursday',
      ['The leaders meet again next Thursday.'],
      'en',
      THURSDAY,
      true,
    ],
    [
      'a Thursday said on, “said on Thursday that it will”, is past and fits',
      ['The coast guard said on Thursday that it will keep searching.'],
      'en',
      THURSDAY,
      true,
    ],
    [
      'a Thursday also told as past elsewhere fits',
      [
        'De kustwacht bevestigde donderdag dat er geluiden zijn gehoord.',
        'De zuurstof raakt volgens de kustwacht donderdagochtend op.',
      ],
      'nl',
      THURSDAY,
      true,
    ],
  ])('%s', (_, sentences, language, date, fits) => {
    expect(aheadConflict(date, evidence(sentences, language)) === null).toBe(fits);
  });
});

describe('a report whose sister is of the weekday it tells as ahead', () => {
  const told = evidence(
    [
      'De Amerikaanse kustwacht bevestigde woensdag dat er geluiden zijn gehoord.',
      'De zuurstofvoorraad aan boord van de Titan raakt volgens de kustwacht donderdagochtend op.',
    ],
    'nl',
  );
  // Read before Wednesday 21 June, the Wednesday it tells would fall a week early.
  const conflictAt = (date: string) => aheadConflict(date, told) ?? (date < WEDNESDAY ? 'too early' : null);

  it.each<[string, { id: string; date: string }, string | undefined]>([
    ['a sister of Thursday 22 June dates it the Wednesday before', { id: 'nos', date: THURSDAY }, WEDNESDAY],
    [
      'a sister of Friday 23 June says nothing of the days before',
      { id: 'ts', date: '2023-06-23' },
      undefined,
    ],
  ])('%s', (_, sister, date) => {
    expect(dayBeforeAhead(sister, '2023-06', told, conflictAt)?.date).toBe(date);
  });
});

describe('a weekday told as past and another as ahead', () => {
  const NRC = [
    'De Franse regering heft de noodtoestand in Nieuw-Caledonië op.',
    'Dat maakte het kantoor van president Macron maandagavond bekend.',
    'De noodtoestand, die sinds 16 mei gold, wordt dinsdagochtend lokale tijd beëindigd om overleg met de onafhankelijkheidsbeweging mogelijk te maken.',
  ];
  it.each<[string, string, boolean]>([
    [
      'read from Wednesday 22 May, its Monday (20 May) falls eight days before its Tuesday (28 May)',
      '2024-05-22',
      false,
    ],
    ['read from Sunday 26 May, its Monday and Tuesday are still eight days apart', '2024-05-26', false],
    [
      'read from Monday 27 May, it tells the announcement that evening and the lifting the next morning',
      '2024-05-27',
      true,
    ],
  ])('“maandagavond bekend … wordt dinsdagochtend beëindigd”: %s (%s fits: %s)', (_, date, fits) => {
    expect(pastAndAheadConflict(date, evidence(NRC, 'nl')) === null).toBe(fits);
  });
});
