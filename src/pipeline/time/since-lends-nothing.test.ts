/**
 * What a paragraph tells before a sentence of a state begun on a day ("sinds zaterdag al zo'n
 * 200.000 mensen geëvacueerd") did not happen that day, and a count up to now ("heeft inmiddels
 * 2734 doden geteld") takes no day of a sentence after it: both stand at the report, as the
 * Fukushima reports of 15 March 2011 tell them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './test-article.ts';
import { timeStage } from './stage.ts';

const PUBLISHED = { date: '2011-03-15', precision: 'day', inferred: false } as const;

const LEDE = [
  'In de zwaar beschadigde kerncentrale Fukushima Daiichi in het noordoosten van Japan zijn vannacht opnieuw explosies geweest.',
  'Dat vuur is vandaag geblust, meldt TEPCO.',
];

function dayOf(language: string, paragraphs: string[][], sentence: string): string | undefined {
  const timed = timeStage(article(language, paragraphs, PUBLISHED));
  return timed.sentences.find((s) => s.text === sentence)?.when.start.slice(0, 10);
}

describe('a later sentence that starts a state or dates another count', () => {
  it.each<[string, string, string[][], string, string | undefined]>([
    [
      'Kan’s televised address is not dated to the Saturday the evacuations began',
      'nl',
      [
        LEDE,
        [
          'Premier Naoto Kan zei in een televisietoespraak dat het risico dat er nog meer radioactiviteit vrijkomt „sterk is toegenomen”.',
          'Hij riep de ongeveer 140.000 mensen die tussen de 20 en 30 kilometer van de centrale wonen op om binnen te blijven.',
          "Uit de zone van 20 kilometer rond de centrale zijn sinds zaterdag al zo'n 200.000 mensen geëvacueerd.",
        ],
      ],
      'Premier Naoto Kan zei in een televisietoespraak dat het risico dat er nog meer radioactiviteit vrijkomt „sterk is toegenomen”.',
      '2011-03-15',
    ],
    [
      'a sentence a day names still lends it to the sentence before',
      'nl',
      [
        LEDE,
        [
          'Premier Naoto Kan zei in een televisietoespraak dat het risico sterk is toegenomen.',
          'Dat deed hij zaterdag.',
        ],
      ],
      'Premier Naoto Kan zei in een televisietoespraak dat het risico sterk is toegenomen.',
      '2011-03-12',
    ],
    [
      'what began a state told right before it still takes the day the state began',
      'en',
      [
        ['Title.'],
        [
          'The coup leader, Gen Abdourahamane Tchiani, has said he seized power because of the worsening security situation.',
          'President Mohamed Bazoum has been held at his residence since Wednesday.',
        ],
      ],
      'The coup leader, Gen Abdourahamane Tchiani, has said he seized power because of the worsening security situation.',
      '2011-03-09',
    ],
  ])('%s', (_, language, paragraphs, sentence, expected) => {
    expect(dayOf(language, paragraphs, sentence)).toBe(expected);
  });

  it.each<[string, string, string]>([
    [
      'the police count of 2734 dead “inmiddels” is not of the Sunday the next sentence tells',
      'nl',
      'De Japanse politie heeft inmiddels 2734 doden geteld, ruim 3700 mensen worden nog vermist.',
    ],
    ['a German count “bislang” is not either', 'de', 'Die Polizei hat bislang 2734 Tote gezählt.'],
    ['nor an English one “so far”', 'en', 'Police have so far counted 2,734 dead.'],
  ])('%s', (_, language, sentence) => {
    const later =
      language === 'nl'
        ? 'De politiechef van de prefectuur Miyagi zei zondag dat alleen al in zijn prefectuur naar verwachting meer dan 10.000 mensen zijn omgekomen.'
        : language === 'de'
          ? 'Der Polizeichef der Präfektur Miyagi sagte am Sonntag, allein dort seien mehr als 10.000 Menschen ums Leben gekommen.'
          : 'The police chief of Miyagi prefecture said on Sunday that more than 10,000 people died there alone.';
    const timed = timeStage(article(language, [['Titel.'], [sentence, later]], PUBLISHED));
    expect(timed.sentences.find((s) => s.text === sentence)?.when.start.slice(0, 10)).not.toBe('2011-03-13');
  });
});

describe('a count up to now beside a dated sentence that says who told it', () => {
  it.each<[string, string, string, string]>([
    [
      'a count “bislang” told as of Saturday keeps that Saturday',
      'Bei den landesweiten Protesten im Iran sind nach Angaben des Staatsfernsehens bislang 41 Menschen getötet worden.',
      'Unter den Toten seien auch Angehörige der Sicherheitskräfte, hieß es am Samstag.',
      '2011-03-12',
    ],
    [
      'a comparison with the count so far gives no count and takes the day after it',
      'Bei den Anschlägen sind weniger Menschen ums Leben gekommen als bislang angenommen.',
      'Das teilte das Gesundheitsministerium am Samstag mit.',
      '2011-03-12',
    ],
  ])('%s', (_, sentence, later, expected) => {
    const timed = timeStage(article('de', [['Titel.'], [sentence, later]], PUBLISHED));
    expect(timed.sentences.find((s) => s.text === sentence)?.when.start.slice(0, 10)).toBe(expected);
  });
});
