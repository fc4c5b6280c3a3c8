/**
 * What a bare "he said" reports in the pluperfect, with no time of its own, lies before the saying:
 * it takes not the day of the sentences around it but the week before that day. What is said to
 * come, or to hold since, and a sentence with its own time keep the context's day.
 */
import { describe, expect, it } from 'vitest';
import { saidEarlier } from './said-earlier.ts';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

/** The second sentence's days, after a first that is dated Friday 7 January 2022. */
function daysOfSecond(lang: string, first: string, second: string): string {
  const s = timeStage(article(lang, [[first, second]])).sentences[1];
  return s ? `${s.when.start.slice(0, 10)}..${s.when.end.slice(0, 10)}` : '';
}

const FRIDAY_EN = 'Kazakh President Kassym-Jomart Tokayev gave a televised address on Friday.';
const FRIDAY_NL = 'De Kazachse president Tokajev hield vrijdag een televisietoespraak.';
const FRIDAY_DE = 'Der kasachische Präsident Tokajew hielt am Freitag eine Fernsehansprache.';

describe('what a bare “he said” reports in the pluperfect lies before the saying', () => {
  it.each<[string, string, string, string, string]>([
    [
      'the bandits who “had attacked” Almaty attacked before Friday',
      'en',
      FRIDAY_EN,
      'He said some 20,000 "bandits" had attacked Almaty.',
      '2021-12-31..2022-01-06',
    ],
    [
      'the bandits who “hadden aangevallen” attacked before Friday',
      'nl',
      FRIDAY_NL,
      'Hij zei dat zo’n 20.000 bandieten Almaty hadden aangevallen.',
      '2021-12-31..2022-01-06',
    ],
    [
      'the bandits who “hätten angegriffen” attacked before Friday',
      'de',
      FRIDAY_DE,
      'Er sagte, rund 20.000 Banditen hätten Almaty angegriffen.',
      '2021-12-31..2022-01-06',
    ],
    [
      'what “would” happen is no earlier happening: the saying’s Friday',
      'en',
      FRIDAY_EN,
      'He said the troops would leave once order had been restored.',
      '2022-01-07..2022-01-07',
    ],
    [
      'what is said in the simple past keeps the saying’s Friday',
      'en',
      FRIDAY_EN,
      'He said order was largely restored across the country.',
      '2022-01-07..2022-01-07',
    ],
    [
      'a named speaker is no bare “he said”: the paragraph’s Friday',
      'en',
      FRIDAY_EN,
      'Tokayev said some 20,000 "bandits" had attacked Almaty.',
      '2022-01-07..2022-01-07',
    ],
  ])('%s', (_, lang, first, second, days) => {
    expect(daysOfSecond(lang, first, second)).toBe(days);
  });
});

describe('a sentence that opens with a bare saying of an earlier happening', () => {
  it.each<[string, 'en' | 'nl' | 'de', string, boolean]>([
    [
      '“she said … had fled” tells an earlier happening',
      'en',
      'She said the president had fled the capital.',
      true,
    ],
    [
      '“they said … since” counts up to the saying',
      'en',
      'They said 26 people had been killed since Wednesday.',
      false,
    ],
    [
      '“zei dat … zouden” looks ahead',
      'nl',
      'Hij zei dat de troepen zouden vertrekken als de orde was hersteld.',
      false,
    ],
    [
      '“sagte, … sei … festgenommen worden” tells an earlier happening',
      'de',
      'Er sagte, Massimow sei festgenommen worden.',
      true,
    ],
    [
      'a saying in the middle of the sentence is no bare one',
      'en',
      'Police said he had attacked the guards.',
      false,
    ],
  ])('%s', (_, lang, sentence, expected) => {
    expect(saidEarlier(lang, sentence)).toBe(expected);
  });
});

describe('what a named speaker said on the day a sentence opens with had happened before that day', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Kazakh officials withdrew a death toll on Monday.',
      'In a televised address on Friday, Tokayev said Almaty had been attacked by 20,000 bandits.',
      '2021-12-31..2022-01-06',
    ],
    [
      'nl',
      'Het dodental werd maandag ingetrokken.',
      'In een televisietoespraak op vrijdag zei Tokajev dat 20.000 bandieten Almaty hadden aangevallen.',
      '2021-12-31..2022-01-06',
    ],
    [
      'de',
      'Die Todeszahl wurde am Montag zurückgezogen.',
      'In einer Fernsehansprache am Freitag sagte Tokajew, Banditen hätten Almaty angegriffen.',
      '2021-12-31..2022-01-06',
    ],
    // German reported speech of the simple past: the promise was made in Friday's call.
    [
      'de',
      'Die Todeszahl wurde am Montag zurückgezogen.',
      'Nach einem Telefonat mit Kremlchef Wladimir Putin am Freitag sagte Lukaschenko, Russland habe ihm umfassende Hilfe zugesagt.',
      '2022-01-07..2022-01-07',
    ],
    // What was said to hold, not to have happened: the saying's Friday.
    [
      'en',
      'Kazakh officials withdrew a death toll on Monday.',
      'In a televised address on Friday, Tokayev said order was restored.',
      '2022-01-07..2022-01-07',
    ],
  ])('[%s] after “%s”, “%s” is dated %s', (lang, first, second, days) => {
    expect(daysOfSecond(lang, first, second)).toBe(days);
  });
});
