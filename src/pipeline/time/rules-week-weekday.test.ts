import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a weekday of a named week', () => {
  it.each([
    [
      "'vorige week donderdag' in an article of Monday 8 January 2024 is Thursday 4 January",
      'nl',
      '2024-01-08',
      'Minister Mark Harbers van Infrastructuur en Waterstaat bezocht vorige week donderdag het rampgebied.',
      'vorige week donderdag',
      '2024-01-04',
    ],
    [
      "'volgende week woensdag' in an article of Wednesday 15 March 2023 is 22 March, not that day",
      'nl',
      '2023-03-15',
      'Vakbonden houden volgende week woensdag een landelijke staking om te protesteren tegen de slechte veiligheid in de mijnen.',
      'volgende week woensdag',
      '2023-03-22',
    ],
    [
      "'donderdagavond van vorige week' keeps the evening",
      'nl',
      '2024-01-08',
      'De dijkwacht sloeg donderdagavond van vorige week alarm.',
      'donderdagavond van vorige week',
      '2024-01-04TEV',
    ],
    [
      "'vorige Woche Donnerstag' in an article of Tuesday 28 November 2023 is 23 November",
      'de',
      '2023-11-28',
      'Die Erpresser hatten vorige Woche Donnerstag ein Ultimatum gestellt.',
      'vorige Woche Donnerstag',
      '2023-11-23',
    ],
    [
      "'Montag nächster Woche' said on a Tuesday is the Monday six days later",
      'de',
      '2023-11-28',
      'Die Bürgerämter sollen am Montag nächster Woche wieder öffnen.',
      'Montag nächster Woche',
      '2023-12-04',
    ],
    [
      "'am Freitag voriger Woche' in an article of Tuesday 28 November 2023 is 24 November",
      'de',
      '2023-11-28',
      'Die Server waren am Freitag voriger Woche verschlüsselt worden.',
      'Freitag voriger Woche',
      '2023-11-24',
    ],
    [
      "'Thursday last week' in an article of Monday 8 January 2024 is 4 January",
      'en',
      '2024-01-08',
      'The minister visited the flooded town on Thursday last week.',
      'Thursday last week',
      '2024-01-04',
    ],
    [
      "'Wednesday next week' said on a Monday is nine days later, not two",
      'en',
      '2024-01-08',
      'Residents may return home on Wednesday next week.',
      'Wednesday next week',
      '2024-01-17',
    ],
  ] as const)('%s', (_name, lang, dct, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct });
    expect(found.map((t) => [t.text, t.value])).toContainEqual([text, value]);
  });

  it("'on Monday the following week' is left to the story's own day, not the publication week", () => {
    const found = extractTimexes('The talks resumed on Monday the following week.', {
      lang: 'en',
      dct: '2024-01-08',
    });
    expect(found.map((t) => t.text)).not.toContain('Monday the following week');
  });
});
