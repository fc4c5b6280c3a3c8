/**
 * A participle with a span of time after a noun ("demonstrators arrested in recent weeks")
 * describes whom the noun names; an arrest worded as a report of the day still counts.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string): string[] =>
  kindsAndTitles(lang, text, '2022-10-15').map((c) => c.kind);

describe('a participle that describes a noun over a span of time', () => {
  it.each([
    [
      'prisoners held in Evin, among them demonstrators arrested in recent weeks, make no arrest of the day',
      'en',
      'Many political prisoners are held in Evin, among them demonstrators arrested in recent weeks.',
    ],
    [
      'relatives of protesters detained since September make no arrest of the day',
      'en',
      'Relatives of protesters detained since September gathered outside the court.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kinds(lang, text)).not.toContain('arrest');
  });

  it.each([
    [
      'families of protesters killed since September make no deaths of the day',
      'en',
      'The families of protesters killed since September demand justice.',
    ],
    [
      'Dutch "de tijdens de protesten omgekomen betogers" makes no deaths of the day',
      'nl',
      'De families van de tijdens de protesten omgekomen betogers eisen gerechtigheid.',
    ],
    [
      'German "der seit September getöteten Demonstranten" makes no deaths of the day',
      'de',
      'Die Familien der seit September getöteten Demonstranten fordern Gerechtigkeit.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kinds(lang, text)).not.toContain('death');
  });

  it.each([
    [
      'an auxiliary before the participle reports the arrest',
      'en',
      'Dozens of students were detained on Saturday.',
    ],
    [
      'a participle after a plural noun with no span after it still reports',
      'en',
      'Police said 20 protesters arrested in Tehran on Saturday had been released.',
    ],
    [
      'a Dutch arrest told with a verb still counts',
      'nl',
      'De politie heeft sinds zaterdag tientallen betogers gearresteerd.',
    ],
    [
      'a German arrest told with a verb still counts',
      'de',
      'Die Polizei hat seit Samstag Dutzende Demonstranten festgenommen.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kinds(lang, text)).toContain('arrest');
  });

  it.each([
    [
      'a Dutch death told with a verb still counts',
      'nl',
      'Bij de protesten zijn zaterdag twaalf betogers omgekomen.',
    ],
    [
      'a German death told with a verb still counts',
      'de',
      'Seit Samstag wurden bei den Protesten zwölf Demonstranten getötet.',
    ],
    [
      'the number of protesters killed over a span is a toll that still reports deaths',
      'en',
      'The number of protesters killed in recent weeks has risen to 215.',
    ],
    [
      'German "Die Zahl der seit September getöteten Demonstranten" is a toll that still reports deaths',
      'de',
      'Die Zahl der seit September getöteten Demonstranten stieg auf 215.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kinds(lang, text)).toContain('death');
  });
});

describe('a participle that says who a counted definite noun names', () => {
  it.each([
    [
      'the four men killed at the supermarket, buried on Tuesday, make no deaths of the day',
      'On Tuesday, the four men killed at the supermarket were buried in Jerusalem, and Hollande honoured the three police officers killed in the attacks at a ceremony at Paris police headquarters.',
    ],
    [
      'the three police officers killed in the attacks, honoured, make no deaths of the day',
      'Hollande honoured the three police officers killed in the attacks at a ceremony at Paris police headquarters.',
    ],
  ])('%s', (_name, text) => {
    expect(kinds('en', text)).not.toContain('death');
  });

  it.each([
    ['a verb with an object still kills', 'Police said the two men killed three people in the attack.'],
    ['a passive still reports the deaths', 'The four men were killed at the supermarket on Friday.'],
    [
      'a count that is not the noun’s still reports',
      'Amedy Coulibaly had killed four hostages at the supermarket on Friday.',
    ],
  ])('%s', (_name, text) => {
    expect(kinds('en', text)).toContain('death');
  });
});
