import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, TimedArticle } from '../types.ts';
import { KeptMentions } from './kept-mentions.ts';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const SENTENCES = [
  'Kazakhstan said on Saturday that 225 people had been killed.',
  'President Kassym-Jomart Tokayev ordered troops to fire without warning in Almaty.',
];

/** The article read from another day: its sentences' times change, their words do not. */
function redated(a: TimedArticle): TimedArticle {
  const when = {
    start: '2022-01-15',
    end: '2022-01-15',
    precision: 'day' as const,
    value: '2022-01-15',
    confidence: 0.5,
  };
  return {
    ...a,
    published: { date: '2022-01-15', precision: 'day', inferred: true },
    sentences: a.sentences.map((s) => ({ ...s, when })),
  };
}

function counting(): { find: (a: TimedArticle) => AnnotatedArticle; calls: () => number } {
  let calls = 0;
  return {
    find: (a) => {
      calls++;
      return stage.annotate(a);
    },
    calls: () => calls,
  };
}

describe('a report dated again keeps the places and actors found in its words', () => {
  it('a report that may be dated again is read for names once, and read again from its new day it names the same places and actors', () => {
    const kept = new KeptMentions();
    const { find, calls } = counting();
    const first = kept.annotate(article('en', SENTENCES), find, true);
    const again = kept.annotate(redated(article('en', SENTENCES)), find, true);
    expect(calls()).toBe(1);
    expect(again.sentences.map((s) => s.mentions.map((m) => m.id))).toEqual(
      first.sentences.map((s) => s.mentions.map((m) => m.id)),
    );
    expect(again.sentences[1]?.mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(['tokayev', 'almaty']),
    );
    expect(again.sentences[0]?.when.start).toBe('2022-01-15');
  });

  it('a report with its own day is not kept: read twice, it is looked at twice', () => {
    const kept = new KeptMentions();
    const { find, calls } = counting();
    kept.annotate(article('en', SENTENCES), find, false);
    kept.annotate(article('en', SENTENCES), find, false);
    expect(calls()).toBe(2);
  });
});
