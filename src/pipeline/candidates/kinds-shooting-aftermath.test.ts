/**
 * An attack's aftermath in three languages: the dead and the injured of one sentence told apart
 * by a comma as by "and", and an investigation "into the shooting" that reports no second shooting.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const FBI: MentionSpec = ['FBI', 'actor', 'fbi'];

const summary = (lang: string, text: string, mentions: MentionSpec[] = []) =>
  candidatesOf(lang, text, '2024-07-14', mentions).map((c) => ({
    kind: c.kind,
    figures: c.figures.map((f) => `${f.value} ${f.counts}`),
  }));

describe('the dead and the injured of one sentence', () => {
  it.each([
    ['nl', 'Een bezoeker kwam om het leven, twee anderen raakten zwaargewond.'],
    ['de', 'Ein Zuschauer wurde getötet, zwei andere wurden schwer verletzt.'],
    ['en', 'A spectator was killed and two others were critically injured.'],
  ])('[%s] “%s”: one killed, and two injured as a happening of its own', (lang, text) => {
    expect(summary(lang, text)).toEqual([
      { kind: 'death', figures: [] },
      { kind: 'injury', figures: ['2 people injured'] },
    ]);
  });
});

describe('an investigation into the shooting', () => {
  it.each([
    ['en', 'The FBI said on Sunday it was investigating the shooting as an attempted assassination.'],
    ['de', 'Die Bundespolizei FBI ermittelt wegen versuchten Mordes und möglichen Inlandsterrorismus.'],
    ['nl', 'De FBI onderzoekt de schietpartij als een poging tot moord.'],
  ])('[%s] “%s” is an investigation and no shooting', (lang, text) => {
    expect(summary(lang, text, [FBI]).map((c) => c.kind)).toEqual(['investigation']);
  });
});
