/** A bridge that collapses, and the search called off after it, in en, nl and de. */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles } from './test-helpers.ts';

describe('a collapsing structure and a search called off are reported', () => {
  it.each<[string, string, string, { kind: string; title: string }]>([
    [
      "an English 'collapsing the span' of a bridge is a collapse",
      'en',
      'A container ship rammed into a support column of the bridge early on Tuesday, collapsing the span into the river.',
      { kind: 'disaster', title: 'Collapse' },
    ],
    [
      "a Dutch 'instortte' of a bridge is a collapse",
      'nl',
      'Het containerschip ramde dinsdagnacht een pijler van de brug, waarna een groot deel van de brug instortte.',
      { kind: 'disaster', title: 'Collapse' },
    ],
    [
      "a German 'stürzte … ein' of a bridge is a collapse",
      'de',
      'Die Brücke stürzte innerhalb von Sekunden ein.',
      { kind: 'disaster', title: 'Collapse' },
    ],
    [
      "an English 'crashed to the ground' of a roadway and its pylons is a collapse, no crash",
      'en',
      'A stretch of roadway some 200 metres long and one of the concrete pylons that held it crashed to the ground.',
      { kind: 'disaster', title: 'Collapse' },
    ],
    [
      "a Dutch 'staakte … de zoektocht' is a search called off",
      'nl',
      'De kustwacht staakte dinsdagavond de zoektocht naar overlevenden.',
      { kind: 'search-ended', title: 'Search called off' },
    ],
    [
      "a German 'Suche … unterbrochen' is a search called off",
      'de',
      'Die Suche nach den übrigen vier Opfern wurde am Mittwoch unterbrochen.',
      { kind: 'search-ended', title: 'Search called off' },
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(kindsAndTitles(lang, text, '2024-03-27', [])).toContainEqual(expected);
  });

  it("a ship that crashed into a bridge, 'bringing most of the span down', tells its collapse", () => {
    const text =
      'A container ship lost power and crashed into the Francis Scott Key Bridge early on Tuesday, bringing most of the span down into the river.';
    const [crash] = candidatesOf('en', text, '2024-03-26');
    expect(crash?.kind).toBe('accident');
    expect(crash?.concepts).toContain('brought-down');
  });

  it("a Dutch 'stortte' of a share price is no collapse", () => {
    expect(
      kindsAndTitles('nl', 'De koers stortte dinsdag in.', '2024-03-27', []).map((k) => k.kind),
    ).not.toContain('disaster');
  });
});
