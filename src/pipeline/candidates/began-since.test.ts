import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

/** The candidates of one sentence whose only time expression is `phrase`, on 2 January 2022. */
function protestsOf(lang: string, text: string, phrase: string) {
  return candidatesOfSentence(lang, { text, times: [day('2022-01-02', phrase)] }).filter(
    (c) => c.kind === 'protest',
  );
}

describe('a count since a happening began dates its beginning', () => {
  it.each<[string, string, string, string]>([
    [
      'an English toll "since the protests started last Sunday" tells the protests began that Sunday',
      'en',
      'According to the interior ministry, 26 protesters and 18 police and military personnel have been killed since the protests started last Sunday.',
      'last Sunday',
    ],
    [
      'a Dutch toll "sinds de protesten afgelopen zondag begonnen" tells it too',
      'nl',
      'Volgens het ministerie van Binnenlandse Zaken zijn er sinds de protesten afgelopen zondag begonnen 26 betogers en 18 politieagenten en militairen omgekomen.',
      'afgelopen zondag',
    ],
    [
      'a German toll "seit die Proteste am Sonntag begannen" tells it too',
      'de',
      'Nach Angaben des Innenministeriums wurden 26 Demonstranten getötet, seit die Proteste am Sonntag begannen.',
      'Sonntag',
    ],
  ])('%s', (_name, lang, text, phrase) => {
    const began = protestsOf(lang, text, phrase);
    expect(began).toHaveLength(1);
    expect(began[0]?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-02', precision: 'day' });
    expect(began[0]?.figures).toEqual([]);
    // Nor the topics of the dead ("police and military personnel"), which no report of the protests shares.
    expect(began[0]?.concepts ?? []).toEqual([]);
    expect(began[0]?.began).toBe(true);
    // The count stays with the toll.
    const toll = candidatesOfSentence(lang, { text, times: [day('2022-01-02', phrase)] }).find(
      (c) => c.kind === 'death',
    );
    expect(toll?.figures.map((f) => f.value)).toContain(26);
  });

  it.each<[string, string, string, string]>([
    [
      'a toll "since the start of the protests" names no day they began',
      'en',
      'At least 26 protesters have been killed since the start of the protests, the ministry said on Sunday.',
      'on Sunday',
    ],
    [
      'a toll since a day alone names no beginning',
      'en',
      'At least 26 protesters have been killed since Sunday.',
      'Sunday',
    ],
  ])('%s', (_name, lang, text, phrase) => {
    expect(protestsOf(lang, text, phrase).filter((c) => c.figures.length === 0)).toEqual([]);
  });
});
