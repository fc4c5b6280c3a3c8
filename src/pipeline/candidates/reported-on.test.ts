/**
 * "State television reported on Friday that 26 demonstrators had already been killed": the day
 * belongs to the verb that reports the count, as it does to a verb of saying (said-on.ts). The
 * count is Friday's tally, not a day the demonstrators died.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function tollOf(lang: string, text: string, phrase: string) {
  return candidatesOfSentence(lang, { text, times: [day('2022-01-07', phrase)] }).find(
    (c) => c.kind === 'death',
  );
}

describe('a count a reporting verb gives on a day', () => {
  it.each<[string, string, string, string]>([
    [
      'English "reported on Friday that 26 demonstrators had already been killed" is Friday’s count',
      'en',
      'State television reported on Friday that 26 demonstrators had already been killed.',
      'on Friday',
    ],
    [
      'Dutch "meldde vrijdag dat 26 betogers waren omgekomen" is Friday’s count',
      'nl',
      'De staatstelevisie meldde vrijdag dat 26 betogers waren omgekomen.',
      'vrijdag',
    ],
    [
      'German "meldete am Freitag, dass 26 Demonstranten getötet worden seien" is Friday’s count',
      'de',
      'Das Staatsfernsehen meldete am Freitag, dass 26 Demonstranten getötet worden seien.',
      'am Freitag',
    ],
  ])('%s', (_name, lang, text, phrase) => {
    const toll = tollOf(lang, text, phrase);
    expect(toll?.figures.map((f) => f.value)).toContain(26);
    expect(toll?.tally).toBe(true);
  });

  it.each<[string, string, string, string]>([
    [
      'a count "reported on Sunday" in an aside is the count of that day, told as such',
      'en',
      'The figure of 164 deaths, reported on Sunday, is a sharp rise on previous tolls.',
      'on Sunday',
    ],
    [
      'the dead "killed on Friday" are dated by the day they died',
      'en',
      'Police reported that 26 demonstrators were killed on Friday.',
      'on Friday',
    ],
  ])('%s', (_name, lang, text, phrase) => {
    expect(tollOf(lang, text, phrase)?.tally).toBeUndefined();
  });
});
