/**
 * A sentence in the pluperfect of a day before the one the story is at looks back: a bare part of
 * the day after it ("am Abend") is of the story's day, not of the day looked back to; "the same
 * day" is of the day looked back to.
 */
import { describe, expect, it } from 'vitest';
import { looksBack } from './flashback.ts';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2012-01-17', precision: 'day' as const, inferred: false };

describe('a part of the day after a look back', () => {
  it.each<[string, string, string[], string, string]>([
    [
      'the judge’s evening after the arrest told in the pluperfect is Tuesday’s',
      'de',
      [
        'Ebenfalls am Dienstag musste sich der 52-Jährige drei Stunden lang den Fragen der Ermittlungsrichterin Valeria Montesarchio in Grosseto stellen.',
        'Schettino war am Samstag festgenommen worden; ihm werden fahrlässige Tötung in mehreren Fällen vorgeworfen.',
        'Die Richterin ordnete am Abend an, dass er die Zelle verlassen und unter Hausarrest in seinem Heimatort Meta di Sorrento bei Neapel gestellt werden darf.',
      ],
      'am Abend an',
      '2012-01-17',
    ],
    [
      'an English evening after a pluperfect arrest is the hearing’s',
      'en',
      [
        'On Tuesday the captain was questioned for three hours by the judge in Grosseto.',
        'He had been arrested on Saturday.',
        'In the evening the judge placed him under house arrest.',
      ],
      'In the evening',
      '2012-01-17',
    ],
    [
      'the same day as a resignation told in the pluperfect is the resignation’s',
      'en',
      [
        'The former chief judge Sushila Karki was sworn in on Monday evening as interim Prime Minister.',
        'Her predecessor K.P. Sharma Oli had resigned on Saturday after violent protests.',
        'On the same day, demonstrators set fire to the parliament.',
      ],
      'On the same day',
      '2012-01-14',
    ],
    [
      'an evening after a day told in the simple past is that day’s',
      'de',
      [
        'Am Dienstag tagte das Gericht.',
        'Schettino wurde am Samstag festgenommen.',
        'Am Abend kam er in Haft.',
      ],
      'Am Abend',
      '2012-01-14',
    ],
  ])('%s', (_, lang, sentences, words, day) => {
    const timed = timeStage(article(lang, [sentences], published));
    expect(timed.sentences.find((s) => s.text.includes(words))?.when.start.slice(0, 10)).toBe(day);
  });

  it.each<[string, string, string, string | undefined, boolean]>([
    [
      'a pluperfect of an earlier day looks back',
      'Schettino war am Samstag festgenommen worden.',
      '2012-01-14',
      '2012-01-17',
      true,
    ],
    [
      'a pluperfect of a later day does not',
      'Er war am Dienstag entlassen worden.',
      '2012-01-17',
      '2012-01-14',
      false,
    ],
    ['a simple past does not', 'Schettino wurde am Samstag festgenommen.', '2012-01-14', '2012-01-17', false],
    [
      'nothing looks back before the story is at a day',
      'He had been arrested on Saturday.',
      '2012-01-14',
      undefined,
      false,
    ],
  ])('%s', (_, text, day, anchor, back) => {
    expect(looksBack(text, day, anchor)).toBe(back);
  });
});
