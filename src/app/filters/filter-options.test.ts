import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../schema/validate.ts';
import { countFilterValues, filterOptions } from './filter-options.ts';

const data = parseEventFile(
  JSON.parse(readFileSync(new URL('../../../e2e/fixtures/events.json', import.meta.url), 'utf8')),
);
const options = filterOptions(data, {
  place: (id) => data.places.find((p) => p.id === id)?.name ?? id,
  language: (code) => ({ en: 'English', nl: 'Dutch' })[code] ?? code,
});
const summary = (list: { label: string; count: number }[]) => list.map((o) => `${o.label} (${o.count})`);

describe('filterOptions', () => {
  it.each([
    [
      'actors are named and counted',
      summary(options.actors),
      [
        'CSTO (1)',
        'German government (1)',
        'Karim Massimov (1)',
        'Kassym-Jomart Tokayev (1)',
        'US State Department (1)',
      ],
    ],
    [
      'places are named and counted',
      summary(options.places),
      ['Almaty (3)', 'Berlin (1)', 'Kazakhstan (3)', 'Washington (1)'],
    ],
    [
      'languages count each event once however many sources it has',
      summary(options.languages),
      ['Dutch (2)', 'English (8)'],
    ],
    [
      'documents are labelled by title',
      options.documents.map((o) => o.label),
      [
        'Duitsland stopt wapenexport naar Kazachstan',
        'Former security chief detained on suspicion of treason',
        'Germany halts arms exports to Kazakhstan',
        'Kazakhstan: Germany imposes export ban on armaments',
      ],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('countFilterValues', () => {
  it('an event citing one document twice counts once for it', () => {
    const [first] = data.events;
    if (!first) throw new Error('fixture has no events');
    const twice = { ...first, sources: [...first.sources, ...first.sources] };
    const counts = countFilterValues({ ...data, events: [twice] });
    expect([...counts.documents.values()]).toEqual(first.sources.map(() => 1));
  });

  it('the counts do not depend on how the options are labelled', () => {
    const counts = countFilterValues(data);
    const relabelled = filterOptions(
      data,
      { place: (id) => id.toUpperCase(), language: (code) => code },
      counts,
    );
    expect(relabelled.places.map((o) => o.count).sort()).toEqual(options.places.map((o) => o.count).sort());
  });
});
