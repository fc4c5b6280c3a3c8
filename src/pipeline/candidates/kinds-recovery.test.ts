/**
 * Bodies recovered are a recovery, no toll of their own day: the dead were counted when they died,
 * and a recovery must make no new death event nor a larger count of the dead.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('bodies recovered', () => {
  it.each([
    ['en', 'Wednesday divers recovered the bodies of two of the workers from a submerged pickup truck.'],
    ['en', 'Wednesday the bodies of two workers were recovered from the river.'],
    ['nl', 'Woensdag hebben duikers de lichamen van twee bouwvakkers geborgen uit de rivier.'],
    ['nl', 'Woensdag borgen duikers de lichamen van twee bouwvakkers.'],
    ['de', 'Mittwoch wurden die Leichen von zwei Bauarbeitern aus einem Pick-up geborgen.'],
    ['de', 'Mittwoch bargen Taucher die Leichen von zwei Bauarbeitern.'],
  ])('[%s] “%s” is the recovery of two bodies, no deaths', (lang, text) => {
    const found = candidatesOf(lang, text, '2024-03-27');
    expect(found.map((c) => [c.kind, c.title, c.figures.map((f) => `${f.value} ${f.counts}`)])).toEqual([
      ['recovery', 'Bodies of 2 workers recovered', ['2 bodies recovered']],
    ]);
  });

  it.each([
    ['en', 'Tuesday a paramedic counted the bodies of at least five protesters who had been shot.'],
    ['de', 'Dienstag wurden die Leichen von fünf Demonstranten in der Stadt gezählt.'],
  ])('[%s] “%s” still counts the dead', (lang, text) => {
    expect(candidatesOf(lang, text, '2024-06-25').map((c) => c.kind)).toContain('death');
  });
});

describe('recovered bodies counted as the toll', () => {
  it.each([
    ['en', 'Thursday three more bodies were recovered from the wreck.', ['3 more people killed']],
    ['de', 'Donnerstag wurden fünf weitere Leichen aus dem Wrack geborgen.', ['5 more people killed']],
    ['nl', 'Donderdag hebben duikers nog vier lichamen geborgen.', ['4 more people killed']],
    ['en', 'Thursday officials said 27 bodies had been recovered.', ['27 people killed']],
  ])('[%s] “%s” adds to or passes on the toll of the dead', (lang, text, figures) => {
    const found = candidatesOf(lang, text, '2024-03-28');
    expect(
      found.filter((c) => c.kind === 'death').flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`)),
    ).toEqual(figures);
  });
});

describe('bodies the speakers say they recovered', () => {
  it.each([
    ['en', 'Emergency workers said they had recovered about 180 bodies by Friday afternoon.'],
    ['de', 'Taucher sagten am Freitag, sie hätten 20 Leichen geborgen.'],
    ['nl', 'Duikers zeiden vrijdag dat ze 20 lichamen hadden geborgen.'],
  ])('[%s] “%s” count their recovery so far, no toll of the dead', (lang, text) => {
    const found = candidatesOf(lang, text, '2024-03-29');
    expect(found.map((c) => c.kind)).toContain('recovery');
    expect(found.map((c) => c.kind)).not.toContain('death');
  });
});
