/**
 * A month or year in the sentence after an undated one is background, not the occasion of what the
 * undated sentence reports: the protest outside parliament is not one of 2016.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types.ts';
import { timeStage } from './stage.ts';

function firstTimed(language: string, texts: string[]) {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, s) => {
    const sentence = {
      id: `p1.s${s + 1}`,
      paragraph: 'p1',
      index: s,
      text,
      start: offset,
      end: offset + text.length,
    };
    offset += text.length + 1;
    return sentence;
  });
  return timeStage({
    id: 'doc',
    file: 'doc.txt',
    title: 'Title',
    meta: {},
    paragraphs: [{ id: 'p1', text: texts.join(' ') }],
    sentences,
    language,
    published: { date: '2024-12-07', precision: 'day', inferred: false },
  }).sentences[0];
}

describe('a later sentence’s month or year lends no time to an undated one', () => {
  it.each([
    [
      'nl',
      [
        'Buiten het parlement in Seoul demonstreerden volgens de organisatoren een miljoen mensen.',
        'Veel demonstranten droegen lichtstaafjes, een symbool van de protesten tegen president Park Geun-hye in 2016.',
      ],
    ],
    [
      'en',
      [
        'Tens of thousands of people rallied outside the National Assembly.',
        'Many carried candles, as protesters did against President Park Geun-hye in 2016.',
      ],
    ],
    [
      'de',
      [
        'Vor dem Parlament demonstrierten Zehntausende Menschen.',
        'Viele trugen Kerzen, wie schon bei den Protesten gegen Präsidentin Park Geun-hye im Jahr 2016.',
      ],
    ],
  ])('[%s] the rally stays before publication', (lang, texts) => {
    expect(firstTimed(lang, texts)).toMatchObject({
      timeFrom: 'publication',
      when: { precision: 'before-publication' },
    });
  });

  it('a day in the next sentence still lends itself: “Das teilte das Unternehmen am Mittwoch mit”', () => {
    expect(
      firstTimed('de', [
        'Der Autozulieferer Bosch will rund 3.000 Stellen abbauen.',
        'Das teilte das Unternehmen am Mittwoch mit.',
      ]),
    ).toMatchObject({ timeFrom: 'context', when: { start: '2024-12-04' } });
  });
});
