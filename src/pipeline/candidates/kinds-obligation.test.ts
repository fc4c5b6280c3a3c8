/** What someone "must" do ("moet", "muss") is still to be done: no event yet. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an obligation is no happening', () => {
  it.each([
    [
      'a president who "moet binnen 21 dagen besluiten" has dissolved nothing yet',
      'nl',
      'Bondspresident Frank-Walter Steinmeier moet binnen 21 dagen besluiten of hij het parlement ontbindt.',
      false,
    ],
    [
      'a president who "muss den Bundestag auflösen" has dissolved nothing yet',
      'de',
      'Bundespräsident Frank-Walter Steinmeier muss den Bundestag nun innerhalb von 21 Tagen auflösen.',
      false,
    ],
    [
      'a president who "must dissolve parliament" has dissolved nothing yet',
      'en',
      'President Frank-Walter Steinmeier must now dissolve parliament within 21 days.',
      false,
    ],
    [
      'a president who "heeft de Bondsdag ontbonden" has dissolved it',
      'nl',
      'De Duitse bondspresident Frank-Walter Steinmeier heeft vrijdag de Bondsdag ontbonden.',
      true,
    ],
  ])('%s', (_name, lang, text, dissolved) => {
    const kinds = kindsAndTitles(lang, text, '2024-12-16').map((c) => c.kind);
    expect(kinds.includes('parliament-dissolved'), kinds.join(', ')).toBe(dissolved);
  });
});
