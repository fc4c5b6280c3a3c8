/** A German name of who investigates ("Ermittlungskomitee") opens no investigation; "Ermittlungen" do. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const investigates = (text: string) =>
  kindsAndTitles('de', text, '2024-03-24').some((c) => c.kind === 'investigation');

describe('German investigators and investigations', () => {
  it.each([
    [
      'the Investigative Committee reporting a toll',
      'Sonntag teilte das russische Ermittlungskomitee die Zahl der Toten mit.',
    ],
    [
      'investigating authorities that speak',
      'Sonntag teilten die Ermittlungsbehörden mit, die Suche sei beendet.',
    ],
  ])('%s opens no investigation', (_name, text) => {
    expect(investigates(text)).toBe(false);
  });

  it.each([
    [
      'prosecutors who took up "Ermittlungen"',
      'Sonntag nahm die Staatsanwaltschaft Ermittlungen gegen die Betreiber auf.',
    ],
    [
      'an "Ermittlungsverfahren" that was opened',
      'Sonntag wurde ein Ermittlungsverfahren gegen die Betreiber eingeleitet.',
    ],
  ])('%s still opens an investigation', (_name, text) => {
    expect(investigates(text)).toBe(true);
  });
});
