/**
 * A court's ruling in English, Dutch and German news, also where the clause before tells what it
 * decided with "sollen" or "will" ("Künftig sollen 93 Prozent … vergeben werden, entschied das
 * Gericht"): a hedge hedges its own clause, and the one that says what it is expected to say.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, kindsAndTitles } from './test-helpers.ts';

describe('a court’s ruling', () => {
  it.each([
    [
      'de',
      'Sonntag: Künftig sollen 93 Prozent der Stellen nach Leistung vergeben werden, entschied das Gericht.',
    ],
    [
      'de',
      'Sonntag hat das Oberste Gericht in Bangladesch die umstrittene Quote für Stellen im Staatsdienst weitgehend aufgehoben.',
    ],
    [
      'nl',
      'Zondag: het Hooggerechtshof van Bangladesh heeft het grootste deel van de quota voor overheidsbanen geschrapt.',
    ],
    ['en', 'Sunday: from now on 93% of jobs will go to merit, the Supreme Court ruled.'],
  ])('[%s] “%s” is a court ruling', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-21').map((c) => c.kind)).toContain('ruling');
  });
});

describe('a hedge before the trigger', () => {
  it.each([
    ['de', 'Samstag wird erwartet, dass die Behörden weitere Informationen zu den Toten geben.'],
    ['en', 'Saturday it was feared that more people could be killed.'],
    ['nl', 'Zaterdag werd verwacht dat de politie meer mensen zou arresteren.'],
  ])('[%s] “%s” reports nothing when it governs the trigger’s clause', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-20')).toEqual([]);
  });

  it('hedges only its own clause: “the toll could rise, officials said, after 12 people were killed”', () => {
    expect(
      kindsAndTitles(
        'en',
        'Saturday the toll could still rise; 12 people were killed in the clashes.',
        '2024-07-20',
      ).map((c) => c.kind),
    ).toContain('death');
  });
});

describe('the dead named as the object of a preposition', () => {
  it('“… neemt verantwoordelijkheid voor de doden”, without a time of its own, reports no death', () => {
    const text =
      'De studenten zeggen dat ze doorgaan tot de regering van premier Sheikh Hasina verantwoordelijkheid neemt voor de doden.';
    expect(
      candidatesOfSentence('nl', { text, mentions: [['Sheikh Hasina', 'actor']] }).map((c) => c.kind),
    ).not.toContain('death');
  });

  it('“Bij de rellen vielen zondag 12 doden” still reports deaths', () => {
    expect(kindsAndTitles('nl', 'Zondag vielen bij de rellen 12 doden.', '2024-07-21')).toContainEqual({
      kind: 'death',
      title: '12 people killed',
    });
  });
});
