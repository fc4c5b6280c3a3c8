/**
 * A collapse of a mine gallery, a building or a bridge, a dike breach, and the dead counted in
 * German and Dutch news: the lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ZONGULDAK: MentionSpec = ['Zonguldak', 'place', 'zonguldak'];
const DELFZIJL: MentionSpec = ['Delfzijl', 'place', 'delfzijl'];

describe('a collapse or a dike breach is a disaster with its own title', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'a gallery that collapsed in a coal mine is a mine collapse, not only deaths',
      'en',
      'Monday at least 12 miners were killed when a gallery collapsed in a coal mine in the Turkish province of Zonguldak.',
      [ZONGULDAK],
      'Mine collapse in Zonguldak',
    ],
    [
      "a German 'Stollen … eingestürzt' is the same mine collapse",
      'de',
      'Montagabend war der Stollen in der Provinz Zonguldak am Schwarzen Meer eingestürzt.',
      [ZONGULDAK],
      'Mine collapse in Zonguldak',
    ],
    [
      "a Dutch 'gang in de kolenmijn … stortte in', its verb split, is the same mine collapse",
      'nl',
      'Maandag stortte een gang in de kolenmijn bij Kozlu in.',
      [],
      'Mine collapse',
    ],
    [
      'a dike that broke during a storm is a dike breach, not just a storm',
      'nl',
      'Woensdag is door storm Henk een dijk bij Delfzijl doorgebroken.',
      [DELFZIJL],
      'Dike breach in Delfzijl',
    ],
    [
      "a Dutch 'De dijk brak … door' is the same dike breach, with its place",
      'nl',
      'Woensdag brak de dijk bij Delfzijl door.',
      [DELFZIJL],
      'Dike breach in Delfzijl',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-03-13', mentions)).toContainEqual({ kind: 'disaster', title });
  });

  it.each([
    ['en', 'Monday the coalition collapsed after a row over the budget.'],
    ['en', 'Monday talks on a ceasefire collapsed.'],
    ['de', 'Montag brach der Aktienkurs ein.'],
  ])('[%s] “%s”: a collapse of no structure is no disaster', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-03-13').map((c) => c.kind)).not.toContain('disaster');
  });
});

describe('the dead counted in German and Dutch are deaths', () => {
  it.each([
    ['de', 'Mittwoch ist die Zahl der Toten auf 17 gestiegen.'],
    ['nl', 'Zaterdag overleed in Friesland een 80-jarige vrouw aan haar verwondingen.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-03-15').map((c) => c.kind)).toContain('death');
  });
});
