/** A call for an inquiry is no inquiry opened; a statement quoted in single quotes reports nothing itself. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a call for an investigation opens none', () => {
  it.each<[string, string, string, MentionSpec[], boolean]>([
    [
      'the EU that "called for an independent investigation into the conduct of the election" opens no investigation',
      'en',
      'Kaja Kallas said the arrests were unacceptable and called for an independent investigation into the conduct of the election.',
      [['Kaja Kallas', 'actor', 'name:kaja-kallas']],
      false,
    ],
    [
      "a Dutch ombudsman who 'eiste een onafhankelijk onderzoek naar het politiegeweld' opens none",
      'nl',
      'De ombudsman eiste een onafhankelijk onderzoek naar het politiegeweld.',
      [],
      false,
    ],
    [
      "a German opposition that 'forderte unabhängige Ermittlungen' opens none",
      'de',
      'Die Opposition forderte unabhängige Ermittlungen gegen die Polizei.',
      [],
      false,
    ],
    [
      'prosecutors who opened "an investigation into the violence" do investigate',
      'en',
      'Prosecutors have opened an investigation into the violence at the parliament building.',
      [],
      true,
    ],
    [
      "a Dutch 'onderzoek naar het geweld' under way is an investigation",
      'nl',
      'Het Openbaar Ministerie is een onderzoek naar het geweld begonnen.',
      [],
      true,
    ],
  ])('%s', (_name, lang, text, mentions, investigation) => {
    const kinds = kindsAndTitles(lang, text, '2025-11-13', mentions).map((c) => c.kind);
    expect(kinds.includes('investigation'), kinds.join(', ')).toBe(investigation);
  });
});

describe('what a Dutch newspaper quotes in single quotes is no reported happening', () => {
  it.each<[string, string, MentionSpec[], boolean]>([
    [
      "EU officials who called 'de arrestatie van oppositieleiders onaanvaardbaar' arrest no one",
      "Kaja Kallas en Marta Kos noemden het 'gewelddadig uiteenslaan van vreedzame betogers en de arrestatie van oppositieleiders onaanvaardbaar'.",
      [
        ['Kaja Kallas', 'actor', 'name:kaja-kallas'],
        ['Marta Kos', 'actor', 'name:marta-kos'],
      ],
      false,
    ],
    [
      "an arrest told outside the quote still counts ('s avonds, in Georgia's capital)",
      "'s Avonds werd oppositieleider Levan Beridze in Tbilisi gearresteerd.",
      [['Levan Beridze', 'actor', 'name:levan-beridze']],
      true,
    ],
  ])('%s', (_name, text, mentions, arrest) => {
    const kinds = kindsAndTitles('nl', text, '2025-11-13', mentions).map((c) => c.kind);
    expect(kinds.includes('arrest'), kinds.join(', ')).toBe(arrest);
  });
});
