/**
 * An appointment told in two languages is one event, and parliament's approval of it is told with
 * it rather than as another happening: short articles through the whole pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_premier.txt': [
      ' date 2024-03-07 ',
      'Peru gets a new prime minister',
      '',
      "Peru's president Dina Boluarte on Wednesday appointed Gustavo Adrianzén as prime minister. Parliament approved his appointment.",
    ].join('\n'),
    'nl_premier.txt': [
      ' date 2024-03-07 ',
      'Nieuwe premier in Peru',
      '',
      'De Peruaanse president Dina Boluarte heeft woensdag Gustavo Adrianzén benoemd tot nieuwe premier. Het parlement stemde in met de benoeming.',
    ].join('\n'),
  });
}, 30_000);

describe('a prime minister appointed and approved by parliament', () => {
  it('the appointment in English and Dutch is one event on the day it was made', () => {
    const [appointment, ...others] = eventsFrom(file, 'benoemd tot nieuwe premier');
    expect(others).toEqual([]);
    expect(appointment?.title).toBe('Gustavo Adrianzén appointed prime minister');
    expect(appointment?.when.start).toBe('2024-03-06');
    expect(appointment?.sources.map((s) => s.sentence)).toContain(
      "Peru's president Dina Boluarte on Wednesday appointed Gustavo Adrianzén as prime minister.",
    );
  });

  it("parliament's approval joins the appointment it approves", () => {
    for (const approval of [
      'Parliament approved his appointment.',
      'Het parlement stemde in met de benoeming.',
    ])
      expect(eventsFrom(file, approval).map((e) => e.title)).toEqual([
        'Gustavo Adrianzén appointed prime minister',
      ]);
  });
});
