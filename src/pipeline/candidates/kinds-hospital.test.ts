/** People brought to or treated in hospital are injured, in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('a hospital report is an injury', () => {
  it.each([
    [
      "an English 'number of people treated in hospital after Monday's clashes' reports injuries",
      'en',
      "The number of people treated in hospital after Monday's clashes has risen to 47, the health ministry said on Thursday.",
      [],
    ],
    [
      "a German '47 Menschen ins Krankenhaus gebracht' counts 47 injured",
      'de',
      'Nach Angaben des Gesundheitsministeriums wurden 47 Menschen ins Krankenhaus gebracht.',
      [47],
    ],
    [
      "a Dutch '12 betogers naar het ziekenhuis gebracht' counts 12 injured",
      'nl',
      'Volgens de hulpdiensten werden 12 betogers naar het ziekenhuis gebracht.',
      [12],
    ],
    [
      "an English 'admitted to hospital with burns' reports injuries",
      'en',
      'On Sunday 12 firefighters were admitted to hospital with burns.',
      [12],
    ],
  ])('%s', (_name, lang, text, figures) => {
    const injuries = candidatesOf(lang, text, '2025-11-14', []).filter((c) => c.kind === 'injury');
    expect(injuries).toHaveLength(1);
    expect(injuries[0]?.figures.map((f) => f.value)).toEqual(figures);
  });

  it('a hospital that reports no one hurt reports no injury', () => {
    const found = candidatesOf(
      'en',
      'No one was hurt and nobody had to be treated in hospital.',
      '2025-11-14',
      [],
    );
    expect(found.map((c) => c.kind)).not.toContain('injury');
  });
});

describe('a tally of the injured revised upward counts the injured', () => {
  it.each([
    [
      "a Dutch 'het aantal gewonden is opgelopen tot 47' counts 47 injured",
      'nl',
      'Het aantal gewonden na de ontruiming van maandagnacht is volgens het ministerie van Volksgezondheid opgelopen tot 47.',
      [47],
    ],
    [
      "a German 'die Zahl der Verletzten stieg auf 47' counts 47 injured",
      'de',
      'Die Zahl der Verletzten stieg nach Angaben des Gesundheitsministeriums auf 47.',
      [47],
    ],
  ])('%s', (_name, lang, text, figures) => {
    const injuries = candidatesOf(lang, text, '2025-11-14', []).filter((c) => c.kind === 'injury');
    expect(injuries.flatMap((c) => c.figures.map((f) => f.value))).toEqual(figures);
  });
});
