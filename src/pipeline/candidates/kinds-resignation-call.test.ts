/**
 * A call for someone's resignation is the caller's demand: the one named after "von", "of" or "van"
 * neither resigns nor speaks, while a German "von" after a verb still names who acted.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MAZON: MentionSpec[] = [['Carlos Mazón', 'actor', 'carlos-mazon']];

/** Dutch and German titles spell a listed name by its id, without accents: compare without them. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

describe("a demand for someone's resignation is titled as the demand", () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      "an opposition demanding the government's resignation, with no one named, calls for a resignation",
      'en',
      'Tuesday the opposition demanded the resignation of the government.',
      [],
      'Call for resignation',
    ],
    [
      'a German "forderte den Rücktritt der Regierung" with no one named calls for a resignation',
      'de',
      'Dienstag forderte die Opposition den Rücktritt der Regierung.',
      [],
      'Call for resignation',
    ],
    [
      'the German opposition that "fordert den Rücktritt von" the regional president',
      'de',
      'Freitag: Die Opposition fordert den Rücktritt von Regionalpräsident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'German protesters who "forderten den Rücktritt von" him, named after the verb',
      'de',
      'Freitag forderten Demonstranten den Rücktritt von Regionalpräsident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'the Dutch opposition that "eist het aftreden van" the regional president',
      'nl',
      'Vrijdag: De oppositie eist het aftreden van regiopresident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'the Dutch opposition that "eist het vertrek van" the minister',
      'nl',
      'Vrijdag: De oppositie eist het vertrek van minister Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'a Dutch opposition that "riep op tot het aftreden van" him',
      'nl',
      'Vrijdag riep de oppositie op tot het aftreden van regiopresident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'an opposition that "called for the resignation of" the regional president',
      'en',
      'Friday: The opposition called for the resignation of regional president Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'a named speaker who "demanded the resignation of" someone makes the call himself',
      'en',
      'Friday Pedro Sánchez demanded the resignation of Carlos Mazón.',
      [['Pedro Sánchez', 'actor', 'pedro-sanchez'], ...MAZON],
      "Pedro Sánchez calls for Carlos Mazón's resignation",
    ],
    [
      'an opposition that "demands the resignation of" him today',
      'en',
      'The opposition demands the resignation of regional president Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'an opposition that "is demanding the resignation of" him',
      'en',
      'The opposition is demanding the resignation of regional president Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'an opposition that "calls for the resignation of" him',
      'en',
      'The opposition calls for the resignation of regional president Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'Dutch protesters who "eisen het aftreden van" him',
      'nl',
      'Duizenden demonstranten eisen het aftreden van regiopresident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'a Dutch opposition that "roept op tot het aftreden van" him',
      'nl',
      'De oppositie roept op tot het aftreden van regiopresident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
    [
      'German protesters who "fordern den Rücktritt von" him',
      'de',
      'Tausende Demonstranten fordern den Rücktritt von Regionalpräsident Carlos Mazón.',
      MAZON,
      "Call for Carlos Mazón's resignation",
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    const found = kindsAndTitles(lang, text, '2024-11-22', mentions);
    expect(found.map((c) => ({ ...c, title: plain(c.title) }))).toEqual([
      { kind: 'statement', title: plain(title) },
    ]);
  });

  it.each([
    ['en', 'The unions demand higher wages.'],
    ['nl', 'De vakbonden eisen hogere lonen.'],
    ['de', 'Die Gewerkschaften fordern höhere Löhne.'],
  ])('%s: a present demand of something else, “%s”, is no event', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-11-22', [])).toEqual([]);
  });

  it('a leader who "rejected calls for his resignation" is not called on to resign: he refuses to', () => {
    const titles = kindsAndTitles(
      'en',
      'Friday Carlos Mazón said he rejected calls for his resignation.',
      '2024-11-09',
      [['Carlos Mazón', 'actor', 'name:carlos-mazon']],
    ).map((c) => c.title);
    expect(titles).toEqual(['Carlos Mazón refuses to resign']);
  });
});

describe('a mayor who turns a resignation down does not resign', () => {
  it.each<[string, string, string]>([
    [
      'a German "Einen Rücktritt lehnte er ab", the noun before the verb',
      'de',
      'Am Sonntag sagte Adolf Sauerland, jetzt sei nicht die Zeit für Schuldzuweisungen. Einen Rücktritt lehnte er ab.',
    ],
    [
      'a translated "refuses until now a resignation"',
      'en',
      'On Sunday Adolf Sauerland, under heavy criticism, refuses until now a resignation.',
    ],
  ])('%s', (_name, lang, text) => {
    const found = kindsAndTitles(lang, text, '2010-07-26', [
      ['Adolf Sauerland', 'actor', 'name:adolf-sauerland'],
    ]);
    expect(found.map((c) => c.kind)).not.toContain('resignation');
  });
});

describe('a German "von" after an article and its noun names whose the noun is', () => {
  it.each<[string, string, MentionSpec[], { kind: string; title: string }]>([
    [
      '"die Festnahme von" a minister arrests him',
      'Freitag: Die Festnahme von Regionalpräsident Carlos Mazón sorgte für Aufsehen.',
      MAZON,
      { kind: 'arrest', title: 'Carlos Mazón arrested' },
    ],
    [
      'a "von" right after the passive verb still names the one who acted',
      'Freitag wurde der Mann festgenommen von Beamten der Bundespolizei.',
      [],
      { kind: 'arrest', title: 'Arrests made' },
    ],
  ])('%s', (_name, text, mentions, expected) => {
    const found = kindsAndTitles('de', text, '2024-11-22', mentions);
    expect(found.map((c) => ({ ...c, title: plain(c.title) }))).toContainEqual({
      ...expected,
      title: plain(expected.title),
    });
  });
});
