/**
 * A train crash and what followed it, told as the outlets told the Tempi collision: a Dutch
 * "frontaal op" crash, a Dutch strike in the present tense, a crowd that "demonstrated" with a day
 * between verb and place, and relatives helping to identify the dead, which reports no deaths.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('the happenings of a train crash and the days after it', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a Dutch train that "reed … frontaal op" a freight train crashed',
      'nl',
      'In de nacht van dinsdag op woensdag reed een passagierstrein bij het dal van Tempi frontaal op een goederentrein.',
      ['Crash'],
    ],
    [
      'Dutch rail staff who "legt het werk neer" strike',
      'nl',
      'Het Griekse spoorwegpersoneel legt vandaag 24 uur het werk neer.',
      ['Strike'],
    ],
    [
      'Dutch unions who "leggen het werk neer" strike',
      'nl',
      'De spoorbonden leggen donderdag opnieuw het werk neer.',
      ['Strike'],
    ],
    [
      'English people who "demonstrated" with the day before "in front of" protest',
      'en',
      'In Athens, more than 10,000 people demonstrated on Sunday in front of the parliament.',
      ['More than 10,000 people protest'],
    ],
    [
      'English students who "demonstrated … outside" a ministry protest',
      'en',
      'Thousands of people demonstrated on Thursday outside the transport ministry.',
      ['Protests'],
    ],
    [
      'relatives who help to identify the dead report no deaths',
      'en',
      'Relatives gave DNA samples at the hospital in Larissa to help identify the dead.',
      [],
    ],
    [
      'the dead spoken of otherwise still report deaths',
      'en',
      'Many of the dead were students returning to Thessaloniki after a long carnival weekend.',
      ['People killed'],
    ],
  ])('%s', (_, lang, text, titles) => {
    expect(kindsAndTitles(lang, text, '2023-03-02').map((c) => c.title)).toEqual(titles);
  });
});

describe('a leader who visits the crash site is titled by it, not as a bare visit; the "Unglücksort", "rampplek" of any disaster is its disaster site', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Prime Minister Kyriakos Mitsotakis visited the crash site on Wednesday.',
      'Kyriakos Mitsotakis',
      'Kyriakos Mitsotakis visits the crash site',
    ],
    [
      'de',
      'Regierungschef Kyriakos Mitsotakis besuchte am Mittwoch den Unglücksort.',
      'Kyriakos Mitsotakis',
      'Mitsotakis visits the disaster site',
    ],
    [
      'nl',
      'Premier Mitsotakis bezocht woensdag de rampplek.',
      'Mitsotakis',
      'Mitsotakis visits the disaster site',
    ],
    ['en', 'He visited the scene of the disaster on Sunday morning.', 'He', 'He visits the disaster site'],
  ])('[%s] “%s” names who visited and the site', (lang, text, name, title) => {
    const titles = kindsAndTitles(lang, text, '2023-03-01', [[name, 'actor', 'mitsotakis']]).map(
      (c) => c.title,
    );
    expect(titles).toEqual([title]);
  });
});
