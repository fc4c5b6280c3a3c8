/**
 * Who did it, where a name before the verb only said it: "Quader … said the curfew would take
 * effect" is no curfew of Quader's, nor of his party's. And an organisation named after "of" or
 * "in" ("members of the Chhatra League") is no place.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

describe('a name that said what another did', () => {
  it.each<[string, string, string, [string, 'actor'][]]>([
    [
      'en',
      'Friday Obaidul Quader, general secretary of the Awami League, said the curfew would take effect at midnight.',
      'Friday',
      [['Obaidul Quader', 'actor']],
    ],
    [
      'nl',
      'Vrijdag zei minister Jan Smit dat de avondklok om middernacht ingaat.',
      'Vrijdag',
      [['Jan Smit', 'actor']],
    ],
    [
      'de',
      'Am Freitag sagte Minister Jan Schmidt, die Ausgangssperre gelte ab Mitternacht.',
      'Am Freitag',
      [['Jan Schmidt', 'actor']],
    ],
  ])('[%s] “%s” is a curfew nobody named imposed', (lang, text, time, mentions) => {
    const curfews = candidatesOfSentence(lang, { text, times: [day('2024-07-19', time)], mentions }).filter(
      (c) => c.kind === 'curfew',
    );
    expect(curfews.map((c) => c.title)).toEqual(['Curfew imposed']);
  });

  it('keeps the speaker who tells of their own act: “Tokayev said he had ordered the curfew”', () => {
    expect(
      kindsAndTitles('en', 'Friday Tokayev said he had imposed a curfew in Almaty.', '2022-01-07', [
        ['Tokayev', 'actor'],
      ]).map((c) => c.title),
    ).toContain('Tokayev imposes a curfew');
  });
});

describe('an organisation after a preposition of place', () => {
  it('“members of the Chhatra League fought at Dhaka University” puts no injury in the league', () => {
    const text =
      'Monday hundreds of students were injured when members of the Chhatra League fought with protesters.';
    const [injury] = candidatesOfSentence('en', {
      text,
      times: [day('2024-07-15', 'Monday')],
      mentions: [['Chhatra League', 'unknown']],
    });
    expect(injury).toMatchObject({ kind: 'injury', places: [] });
    expect(injury?.title).not.toMatch(/League/);
  });
});
