import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

/** The article of two paragraphs, the lede and the sentence after it, dated `date` in the seeds' header. */
const article = (date: string, lede: string, next: string) => ({
  'report.txt': ` date ${date} Report\n\n${lede}\n\n${next}\n`,
});

describe('a subject that names the happening told just before borrows its place', () => {
  it.each<[string, string, string, string, string, string[]]>([
    [
      'the AP march through Nanterre that ended with cars set on fire',
      'Thousands of people marched through Nanterre on Thursday to honor the 17-year-old delivery driver who was shot dead by a police officer two days earlier.',
      "The march, led by the teenager's mother from a white truck, ended in clashes as police fired tear gas at protesters who set cars and garbage cans on fire.",
      'The march, led by',
      'Arson attack in Nanterre',
      ['nanterre'],
    ],
    [
      'a Dutch demonstration that ended with cars set on fire',
      'Duizenden mensen demonstreerden donderdag in Nanterre voor de doodgeschoten jongen.',
      "De demonstratie eindigde in rellen toen betogers auto's in brand staken.",
      'De demonstratie eindigde',
      'Arson attack in Nanterre',
      ['nanterre'],
    ],
    [
      'a German demonstration that ended with cars set on fire',
      'Tausende Menschen demonstrierten am Donnerstag in Nanterre gegen Polizeigewalt.',
      'Die Demonstration endete in Krawallen, als Demonstranten Autos in Brand steckten.',
      'Die Demonstration endete',
      'Arson attack in Nanterre',
      ['nanterre'],
    ],
    [
      'a march that names its own place keeps it',
      'Thousands of people marched through Nanterre on Thursday.',
      'The march ended in clashes in Lille as protesters set cars on fire.',
      'The march ended',
      'Arson attack in Lille',
      ['lille'],
    ],
  ])('%s', async (_name, lede, next, cited, title, places) => {
    const file = await eventFileOf(article('2023-06-29', lede, next));
    const event = eventsFrom(file, cited).find((e) => e.kind === 'arson');
    expect(event?.title).toBe(title);
    expect(event?.places).toEqual(places);
  });

  it('a subject that names no happening told before borrows nothing', async () => {
    const file = await eventFileOf(
      article(
        '2023-06-29',
        'Thousands of people marched through Nanterre on Thursday.',
        'The officer who fired the shot was charged with voluntary homicide.',
      ),
    );
    const charged = eventsFrom(file, 'The officer who fired');
    expect(charged.map((e) => e.title)).toEqual(['Charges brought']);
    expect(charged.flatMap((e) => e.places)).toEqual([]);
  });
});
