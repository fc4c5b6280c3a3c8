import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../candidates/test-helpers.ts';
import type { SameStory } from '../story-links.ts';
import { joinNameVariants } from './name-variants.ts';

type Named = [text: string, id: string];

function reported(document: string, lang: string, text: string, names: Named[]) {
  return candidatesOf(
    lang,
    text,
    '2024-12-09',
    names.map(([name, id]) => [name, 'unknown', id]),
  ).map((c) => ({ ...c, document }));
}

const order = (document: string) => ['en', 'de'].indexOf(document);
const oneStory: SameStory = () => true;
const twoStories: SameStory = (a, b) => a === b;

const FULL = reported('en', 'en', 'On Saturday the People Power Party said it would boycott the vote.', [
  ['People Power Party', 'name:people-power-party'],
]);
const SHORT = reported('de', 'de', 'Die Führung der PPP hatte am Sonntag erklärt, Yoon werde zurücktreten.', [
  ['PPP', 'name:ppp'],
]);

describe('an acronym nobody listed, and the full name a report of the story gives it', () => {
  it('"PPP" in the German report is the "People Power Party" of the English one', () => {
    const joined = joinNameVariants([...FULL, ...SHORT], order, oneStory);
    expect(joined.find((c) => c.document === 'de')?.actors).toContain('name:people-power-party');
  });

  it('stays as written where the reports tell two stories', () => {
    const joined = joinNameVariants([...FULL, ...SHORT], order, twoStories);
    expect(joined.find((c) => c.document === 'de')?.actors).toContain('name:ppp');
  });

  it('stays as written where two names of the story have its initials', () => {
    const other = reported('en', 'en', 'On Friday the Pakistan Peoples Party said it would stay.', [
      ['Pakistan Peoples Party', 'name:pakistan-peoples-party'],
    ]);
    const joined = joinNameVariants([...FULL, ...other, ...SHORT], order, oneStory);
    expect(joined.find((c) => c.document === 'de')?.actors).toContain('name:ppp');
  });
});
