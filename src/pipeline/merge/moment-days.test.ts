/**
 * An attack takes place at one moment: the suicide bombing of Thursday evening and the drone
 * strike of Sunday stay two, though an undated sentence about the bomber at the airport lies
 * between them in one report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'de_summary.txt': [
      ' date 2021-08-31 ',
      'Die letzten US-Soldaten haben Kabul verlassen',
      '',
      'Überschattet wurde die Evakuierung von dem Anschlag am vergangenen Donnerstag. Ein Selbstmordattentäter hatte sich am Abbey Gate des Flughafens in einer wartenden Menschenmenge in die Luft gesprengt.',
      '',
      'Am Sonntag töteten die USA nach eigenen Angaben bei einem Drohnenangriff in Kabul einen mutmaßlichen Attentäter des IS, der einen weiteren Anschlag auf den Flughafen geplant habe.',
      '',
      'Am Montag hatte der IS fünf Raketen auf den Flughafen abgefeuert, die von einem Abwehrsystem abgefangen wurden.',
    ].join('\n'),
    'de_report.md': [
      '---',
      'date: 2021-08-26T22:40:00+02:00',
      '---',
      'Anschlag am Flughafen Kabul',
      '',
      'Ein Attentäter hatte sich am Donnerstagabend Ortszeit am Abbey Gate, einem der Zugänge zum Flughafen, inmitten einer Menschenmenge in die Luft gesprengt.',
    ].join('\n'),
  });
}, 30_000);

describe('attacks told on days apart stay apart', () => {
  it.each<[string, string]>([
    ['the drone strike “am Sonntag”', 'Am Sonntag töteten die USA'],
    ['the rockets “am Montag”', 'Am Montag hatte der IS fünf Raketen'],
  ])('%s is no part of the bombing of Thursday evening', (_what, words) => {
    const [event, ...others] = eventsFrom(file, words);
    expect(others).toEqual([]);
    expect(event?.sources.map((s) => s.sentence).join(' | ')).not.toContain('Donnerstagabend');
  });
});
