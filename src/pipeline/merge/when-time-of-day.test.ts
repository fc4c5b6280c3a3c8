/**
 * A report of "Tuesday evening" agrees, less precisely, with one of 10:25 p.m. that Tuesday: the
 * event keeps the clock time when more reports give the evening than the time.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { combineWhen } from './when.ts';

function candidates(docs: [string, string, SentenceSpec][]) {
  return docs.flatMap(([id, lang, spec]) => extractCandidates(article(id, lang, [spec])));
}

const YOON = ['Yoon', 'actor', 'yoon'] as const;

function evening(text: string): When {
  return {
    start: '2024-12-03',
    end: '2024-12-03',
    precision: 'part-of-day',
    value: '2024-12-03TEV',
    confidence: 0.85,
    text,
  };
}

const AT_10_25: When = {
  start: '2024-12-03T22:25',
  end: '2024-12-03T22:25',
  precision: 'time',
  value: '2024-12-03T22:25',
  confidence: 0.9,
  text: '10:25 p.m. on Tuesday',
};

const reports: [string, string, SentenceSpec][] = [
  [
    'wire',
    'en',
    {
      text: 'Yoon declared emergency martial law at about 10:25 p.m. on Tuesday.',
      times: [AT_10_25],
      mentions: [[...YOON]],
    },
  ],
  [
    'nos',
    'nl',
    {
      text: 'Yoon kondigde dinsdagavond in een onverwachte televisietoespraak de staat van beleg af.',
      times: [evening('dinsdagavond')],
      mentions: [[...YOON]],
    },
  ],
  [
    'spiegel',
    'de',
    {
      text: 'Yoon hatte am Dienstagabend überraschend das Kriegsrecht verhängt.',
      times: [evening('am Dienstagabend')],
      mentions: [[...YOON]],
    },
  ],
];

describe('combineWhen: a time of day and the part of the day that holds it', () => {
  it('dates martial law declared to 10:25 p.m., which the two reports of Tuesday evening hold', () => {
    expect(combineWhen(candidates(reports))).toMatchObject({ precision: 'time', value: '2024-12-03T22:25' });
  });

  it('keeps the evening when the time given lies in the morning', () => {
    const morning: When = {
      ...AT_10_25,
      start: '2024-12-03T09:25',
      end: '2024-12-03T09:25',
      value: '2024-12-03T09:25',
      text: '9:25 a.m. on Tuesday',
    };
    const [wire, ...rest] = reports;
    const early: [string, string, SentenceSpec] = [
      'wire',
      'en',
      {
        ...(wire as [string, string, SentenceSpec])[2],
        text: 'Yoon declared emergency martial law at about 9:25 a.m. on Tuesday.',
        times: [morning],
      },
    ];
    expect(combineWhen(candidates([early, ...rest]))).toMatchObject({
      precision: 'part-of-day',
      value: '2024-12-03TEV',
    });
  });
});
