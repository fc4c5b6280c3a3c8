import { describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** The first day of each event the sentence gave. */
function daysOf(file: EventFile, sentence: string): string[] {
  return eventsFrom(file, sentence).map((e) => e.when.start.slice(0, 10));
}

describe('a resignation announced in the present for a later weekday, in articles of Monday 10 January 2022', () => {
  it('dates the Dutch and German resignations on the Wednesday ahead and the arrests on the days past', async () => {
    const file = await eventFileOf({
      'nl_crisis.txt': [
        ' date 2022-01-10 ',
        'Kabinetscrisis in Den Haag',
        '',
        'Premier Mark Rutte treedt woensdag af. Dat heeft zijn woordvoerder bekendgemaakt.',
        '',
        'De politie arresteerde vrijdag twee demonstranten bij het Binnenhof.',
      ].join('\n'),
      'de_krise.txt': [
        ' date 2022-01-10 ',
        'Regierungskrise in Berlin',
        '',
        'Justizminister Marco Buschmann tritt am Mittwoch zurück.',
        '',
        'Die Polizei nahm am Samstag 40 Demonstranten fest.',
      ].join('\n'),
    });
    expect(daysOf(file, 'Premier Mark Rutte treedt woensdag af.')).toEqual(['2022-01-12']);
    expect(daysOf(file, 'De politie arresteerde vrijdag')).toEqual(['2022-01-07']);
    expect(daysOf(file, 'Marco Buschmann tritt am Mittwoch zurück.')).toEqual(['2022-01-12']);
    expect(daysOf(file, 'Die Polizei nahm am Samstag')).toEqual(['2022-01-08']);
  });
});
