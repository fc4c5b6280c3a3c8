/**
 * A sentence that tells its news in the pluperfect beside one dated in the past came before that
 * day: it takes no day from it and is known only to lie before publication. Reported speech in the
 * pluperfect, and a later paragraph telling the lede's happening, still take the day.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const JAN_19 = { date: '2022-01-19', precision: 'day' as const, inferred: false };

function timeOfSecond(lang: string, paragraphs: string[][]): string {
  const s = timeStage(article(lang, paragraphs, JAN_19)).sentences[1];
  return s?.timeFrom === 'publication' ? 'before publication' : (s?.when.start ?? '');
}

describe('a pluperfect beside a dated sentence', () => {
  it.each<[string, string, string[][], string]>([
    [
      'the troops the CSTO "had sent" are not sent on the Wednesday they left',
      'nl',
      [
        [
          'De laatste militairen van de Russische vredesmacht hebben Kazachstan woensdag verlaten.',
          'De CSTO had ruim 2000 militairen naar het land gestuurd nadat president Tokajev om hulp had gevraagd.',
        ],
      ],
      'before publication',
    ],
    [
      'the strike the unions "hatten aufgerufen" is not called on the Monday it is held',
      'de',
      [
        [
          'Am Montag legten Beschäftigte an allen großen Flughäfen die Arbeit nieder.',
          'Die Gewerkschaften Verdi und EVG hatten zu dem 24-stündigen Ausstand aufgerufen.',
        ],
      ],
      'before publication',
    ],
    [
      'English: what "had been deployed" before the Wednesday the last troops left',
      'en',
      [
        [
          'The last Russian troops left Kazakhstan on Wednesday.',
          'The alliance had deployed more than 2,000 soldiers at Tokayev’s request.',
        ],
      ],
      'before publication',
    ],
    [
      'reported speech in the pluperfect ("said 50 people had been arrested") keeps the day',
      'en',
      [['Police broke up the protest on Tuesday.', 'A spokesman said 50 people had been arrested.']],
      '2022-01-18',
    ],
    [
      'a pluperfect that follows one keeps its day ("hatten … begonnen", "hatten … ausgeweitet")',
      'de',
      [
        [
          'Die Proteste hatten am Sonntag in Schanaosen begonnen.',
          'Sie hatten sich dann auf weitere Städte ausgeweitet.',
        ],
      ],
      '2022-01-16',
    ],
    [
      "a second paragraph's pluperfect tells the lede's happening: it keeps the lede's day",
      'de',
      [
        [
          'Bei einem Anschlag auf eine Konzerthalle sind am Dienstagabend mehr als 60 Menschen getötet worden.',
        ],
        ['Bewaffnete Männer hatten in der Halle das Feuer auf Besucher eröffnet.'],
      ],
      '2022-01-18',
    ],
  ])('%s', (_, lang, paragraphs, expected) => {
    expect(timeOfSecond(lang, paragraphs)).toBe(expected);
  });
});
