import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../types.ts';
import { combineFigures, findConflicts } from './conflicts.ts';
import { combineWhen } from './when.ts';
import { testCandidate } from './test-candidate.ts';
import { newSource } from './sources.ts';

function death(document: string, text: string, figures: Figure[]): EventCandidate {
  return testCandidate(sentence({ text }), day('2025-08-14'), { document, kind: 'death', figures });
}

const toll = (value: number): Figure => ({ value, counts: 'people killed', text: String(value) });
const more = (value: number, text: string): Figure => ({ value, counts: 'more people killed', text });

describe('counts added to a tally of the dead, across reports', () => {
  const reports = [
    death('de', 'Die Zahl der Toten ist auf 25 gestiegen, Taucher bargen fünf weitere Leichen.', [
      toll(25),
      more(5, 'fünf'),
    ]),
    death('en', 'The death toll has risen to 27 after the bodies of two more people were recovered.', [
      toll(27),
      more(2, 'two'),
    ]),
    death('nl', 'Het dodental is opgelopen tot 27 nadat duikers nog vier lichamen hadden gehaald.', [
      toll(27),
      more(4, 'vier'),
    ]),
  ];

  it('shows the tallies 25 and 27 as a conflict, and “five”, “two” and “four more” as none', () => {
    const conflicts = findConflicts(reports, newSource, () => 0);
    expect(conflicts.map((c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`)).toEqual([
      'figures.people killed: 25/27',
    ]);
  });

  it('keeps every addition as a figure of its own beside the tallies', () => {
    expect(combineFigures(reports).map((f) => `${f.text} ${f.counts}`)).toEqual([
      'two more people killed',
      'vier more people killed',
      'fünf more people killed',
      '25 people killed',
      '27 people killed',
    ]);
  });
});

describe('the day more bodies were recovered', () => {
  const dated = (document: string, text: string, when: string, figures: Figure[]) =>
    testCandidate(sentence({ text, times: [day(when, text.split(' ')[0])] }), day(when, text.split(' ')[0]), {
      document,
      kind: 'death',
      figures,
    });
  const members = [
    dated('en', 'Wednesday at least 20 migrants died when their boat capsized.', '2025-08-13', [
      { value: 20, counts: 'people killed', text: 'at least 20', qualifier: 'at-least' },
    ]),
    dated('de', 'Donnerstag bargen Taucher fünf weitere Leichen.', '2025-08-14', [more(5, 'fünf')]),
  ];

  it('dates the deaths to the capsizing, not to the recovery', () => {
    expect(combineWhen(members).value).toBe('2025-08-13');
  });

  it('shows no disagreement on the day', () => {
    expect(findConflicts(members, newSource, () => 0).map((c) => c.field)).toEqual([]);
  });

  it('still dates a recovery told alone to its own day', () => {
    expect(combineWhen(members.slice(1)).value).toBe('2025-08-14');
  });
});
