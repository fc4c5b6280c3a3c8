/**
 * Sources that agree on the day of a happening may still disagree on its hour: a surrender at 6:27
 * p.m. in the first report and at 18:35 in the revised timeline, a crush "gegen 17 Uhr" and "rond
 * half vijf". A rough time near an exact one, a live entry's label and one report's two moments are
 * no disagreement.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { compareSources, newSource } from './sources.ts';
import { testCandidate } from './test-candidate.ts';
import { whenConflict } from './when-conflict.ts';

function clock(date: string, time: string, text: string): When {
  return { start: date, end: date, precision: 'time', value: `${date}T${time}`, confidence: 0.85, text };
}

let paragraphs = 0;

/** A surrender told by `document` in `text` at the clock time `time` its words give. */
function told(document: string, text: string, time: string, phrase: string): EventCandidate {
  const when = clock('2011-07-22', time, phrase);
  const s = sentence({ text, times: [when], paragraph: `p${++paragraphs}` });
  return testCandidate(s, when, { document, kind: 'arrest' });
}

const values = (members: EventCandidate[]) => whenConflict(members, newSource, compareSources)?.values;

describe('clock times the sources disagree on', () => {
  it.each<[string, EventCandidate[], string[] | undefined]>([
    [
      'the wire’s “gave himself up to them at 6:27 p.m.” and the revised “surrendered at 18:35” disagree',
      [
        told(
          'wire',
          'Acting Oslo police chief Sveinung Sponheim said the suspect gave himself up to them at 6:27 p.m. without resisting.',
          '18:27',
          '6:27 p.m.',
        ),
        told(
          'local',
          'Police have since revised their timeline: it now shows that Breivik surrendered at 18:35.',
          '18:35',
          '18:35',
        ),
      ],
      ['2011-07-22T18:27', '2011-07-22T18:35'],
    ],
    [
      '“gegen 17 Uhr” and “om 16.30 uur” disagree by half an hour, however roughly one is told',
      [
        told(
          'spiegel',
          'Das Unglück ereignete sich am Samstag gegen 17 Uhr auf der Rampe.',
          '17:00',
          '17 Uhr',
        ),
        told(
          'volkskrant',
          'Om 16.30 uur raakte een enorme menigte klem op de hellingbaan.',
          '16:30',
          '16.30 uur',
        ),
      ],
      ['2011-07-22T16:30', '2011-07-22T17:00'],
    ],
    [
      '“Gegen 8 Uhr” is the 7:58 a.m. another report gives, told roughly',
      [
        told('faz', 'Gegen 8 Uhr explodierten in der Abflughalle zwei Sprengsätze.', '08:00', '8 Uhr'),
        told(
          'ap',
          'The airport explosions came at 7:58 a.m. Tuesday in the departure hall.',
          '07:58',
          '7:58 a.m.',
        ),
      ],
      undefined,
    ],
    [
      'one report’s 6:25 p.m. and 6:27 p.m. are two moments it tells, no disagreement',
      [
        told('wire', 'Armed officers reached the island at 6:25 p.m.', '18:25', '6:25 p.m.'),
        told('wire', 'The suspect gave himself up to them at 6:27 p.m.', '18:27', '6:27 p.m.'),
      ],
      undefined,
    ],
    [
      'a live entry’s label “18:50 –” is when it was posted, not when the order was given',
      [
        told(
          'ad',
          '18:50 – President Tokajev geeft het bevel om zonder waarschuwing te schieten.',
          '18:50',
          '18:50',
        ),
        told('ntv', 'Um 18.45 Uhr erlaubt Tokajew den Sicherheitskräften zu schießen.', '18:45', '18.45 Uhr'),
      ],
      undefined,
    ],
  ])('%s', (_, members, expected) => {
    expect(values(members)?.map((v) => v.value)).toEqual(expected);
  });
});
