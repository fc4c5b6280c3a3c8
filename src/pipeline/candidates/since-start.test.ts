/**
 * A count since the story's happening began is its running total up to the report: dated from the
 * day its paragraph tells up to publication, or to the report's day.
 */
import { describe, expect, it } from 'vitest';
import { countsSinceStart } from './since-start.ts';
import { article, beforePublication, day } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

describe('a count since the happening began', () => {
  it.each([
    ['The minister also said that 280 people had been arrested since the start of the riots.', true],
    ['More than 300 people have been detained since the protests began.', true],
    ['Volgens het ministerie zijn sinds het begin van de onlusten 9900 mensen aangehouden.', true],
    ['Sinds de rellen begonnen zijn 120 mensen opgepakt.', true],
    [
      'Nach Angaben des Innenministeriums wurden seit Beginn der Proteste mehr als 300 Menschen festgenommen.',
      true,
    ],
    ['Seit Ausbruch der Unruhen wurden 80 Menschen verletzt.', true],
    ['Since then, at least 20 people have been killed in the unrest, according to the ombudsman.', true],
    ['Sindsdien zijn volgens de ombudsman zeker 22 mensen om het leven gekomen.', true],
    ['Seitdem wurden nach Angaben der Ombudsstelle mindestens 20 Menschen getötet.', true],
    [
      "Bij de protesten die volgden kwamen volgens de ombudsman zeker 22 mensen om het leven, de meesten in de zuidelijke regio's Ayacucho en Apurímac.",
      true,
    ],
    ['In the protests that followed, at least 22 people were killed.', true],
    ['Bei den Protesten, die folgten, wurden mindestens 22 Menschen getötet.', true],
    ['The police followed the protesters through the city.', false],
    ['Since the beginning of this year, about 20,000 people have taken to the streets.', false],
    ['Seit Beginn des Jahres wurden 50 Menschen festgenommen.', false],
    ['The interior ministry said 43 people had been detained and 32 police officers injured.', false],
  ])('"%s" counts since the start: %s', (text, expected) => {
    expect(countsSinceStart(text)).toBe(expected);
  });
});

describe('the time of a running total', () => {
  const arrestsIn = (text: string, lang: string, published: string, context?: string) =>
    extractCandidates(
      article(
        'doc',
        lang,
        [{ text, when: context ? day(context) : beforePublication(published) }],
        published,
      ),
    )
      .filter((c) => c.kind === 'arrest')
      .map((c) => ({ start: c.when.start, end: c.when.end, precision: c.when.precision }));

  it.each([
    [
      'runs from the day its paragraph tells up to publication',
      'Nach Angaben des Innenministeriums wurden seit Beginn der Proteste mehr als 300 Menschen festgenommen.',
      'de',
      '2024-12-05',
      '2024-11-28',
      { start: '2024-11-28', end: '2024-12-05', precision: 'week' },
    ],
    [
      "is the report's day when nothing dates it",
      'Volgens het ministerie van Binnenlandse Zaken zijn sinds het begin van de onlusten 9900 mensen aangehouden.',
      'nl',
      '2022-01-11',
      undefined,
      { start: '2022-01-11', end: '2022-01-11', precision: 'day' },
    ],
  ])('%s', (_, text, lang, published, context, expected) => {
    expect(arrestsIn(text, lang, published, context)).toEqual([expected]);
  });
});
