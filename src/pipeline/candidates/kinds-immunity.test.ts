/** Immunity from arrest names an arrest that did not happen; an arrest after immunity was lifted did. */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('immunity from arrest is no arrest', () => {
  it.each<[string, string, boolean]>([
    ['en', 'As president he enjoyed immunity from arrest on Wednesday.', false],
    ['nl', 'Als president genoot hij woensdag immuniteit tegen arrestatie.', false],
    ['de', 'Als Präsident genoss er am Mittwoch Immunität vor Festnahme und Strafverfolgung.', false],
    ['en', 'On Wednesday police arrested the former minister after parliament lifted his immunity.', true],
  ])('[%s] “%s” reports an arrest: %s', (lang, text, arrest) => {
    expect(candidatesOf(lang, text, '2022-07-13').some((c) => c.kind === 'arrest')).toBe(arrest);
  });
});
