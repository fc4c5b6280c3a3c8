/** A ceasefire one side declares is declared; one the sides agree is agreed. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function titlesOf(lang: string, text: string, on: string): string[] {
  return candidatesOfSentence(lang, { text, times: [day('2025-04-01', on)] }).map((c) => c.title);
}

describe('a ceasefire', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'The alliance of three rebel groups announced a one-month ceasefire on Tuesday.',
      'on Tuesday',
      'Ceasefire declared',
    ],
    [
      'nl',
      'Een alliantie van drie rebellengroepen kondigde dinsdag een eenzijdig staakt-het-vuren af.',
      'dinsdag',
      'Ceasefire declared',
    ],
    [
      'de',
      'Die Drei-Bruderschafts-Allianz, ein Bündnis von Rebellengruppen, verkündete am Dienstag eine einseitige Waffenruhe für einen Monat.',
      'am Dienstag',
      'Ceasefire declared',
    ],
    [
      'en',
      'Israel and Hamas agreed on a ceasefire on Tuesday, mediators announced.',
      'on Tuesday',
      'Ceasefire agreed',
    ],
    [
      'de',
      'Die Konfliktparteien haben sich am Dienstag auf eine Waffenruhe geeinigt.',
      'am Dienstag',
      'Ceasefire agreed',
    ],
  ])('[%s] “%s” (%s) is titled “%s”', (lang, text, on, title) => {
    expect(titlesOf(lang, text, on)).toContain(title);
  });
});
