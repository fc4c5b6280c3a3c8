/** A politician who leaves their party ("trat aus der FDP aus", "left the party") is news of its own. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const WISSING: MentionSpec[] = [['Volker Wissing', 'actor', 'name:volker-wissing']];

describe('a politician leaves the party', () => {
  it.each<[string, string, string, MentionSpec[], boolean]>([
    [
      'a minister who "trat aus der FDP aus" left the party',
      'de',
      'Verkehrsminister Volker Wissing trat dagegen aus der FDP aus und bleibt im Amt.',
      WISSING,
      true,
    ],
    [
      'a minister who "ist aus der FDP ausgetreten" left the party',
      'de',
      'Verkehrsminister Volker Wissing ist am Donnerstag aus der FDP ausgetreten.',
      WISSING,
      true,
    ],
    [
      'a minister who "left the party" left it',
      'en',
      'Transport Minister Volker Wissing left the party on Thursday and kept his job.',
      WISSING,
      true,
    ],
    [
      'a minister who "stapte uit de partij" left it',
      'nl',
      'Minister van Verkeer Volker Wissing stapte donderdag uit de partij.',
      WISSING,
      true,
    ],
    [
      'gas "aus der Leitung ausgetreten" is no politician leaving',
      'de',
      'Gas ist aus der Leitung ausgetreten.',
      [],
      false,
    ],
    [
      'a minister who "said he would quit the party" has not left it yet',
      'en',
      'Transport Minister Volker Wissing said on Thursday he would quit the party instead and keep his job.',
      WISSING,
      false,
    ],
  ])('%s', (_name, lang, text, mentions, left) => {
    const kinds = kindsAndTitles(lang, text, '2024-11-07', mentions).map((c) => c.kind);
    expect(kinds.includes('party-exit'), kinds.join(', ')).toBe(left);
  });
});
