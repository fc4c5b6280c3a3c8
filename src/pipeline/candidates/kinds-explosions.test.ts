/**
 * Devices that explode (the pager blasts in Lebanon, September 2024) in English, Dutch and German;
 * a statement that calls the explosions something reports none; an air force that "griff … an"
 * attacks.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('explosions told by their verb', () => {
  it.each([
    ['en', 'Tuesday thousands of pagers used by Hezbollah exploded across Lebanon.'],
    ['en', 'Tuesday thousands of pagers blew up across Lebanon.'],
    ['nl', 'Dinsdag zijn in Libanon honderden pagers van leden van Hezbollah tegelijkertijd ontploft.'],
    ['de', 'Dienstag explodierten im Libanon Hunderte Pager.'],
    [
      'en',
      'The subway bomb went off at 9:11 a.m. in the second car of a train pulling out of Maelbeek station.',
    ],
  ])('[%s] “%s” reports explosions', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-09-18').map((c) => c.kind)).toContain('explosion');
  });

  it('the dead of the explosions are their toll', () => {
    const got = kindsAndTitles(
      'en',
      'Wednesday walkie-talkies exploded across Lebanon, killing at least 20 people.',
      '2024-09-18',
    ).map((c) => c.kind);
    expect(got).toEqual(['death', 'explosion']);
  });
});

describe('a bomb that did not go off', () => {
  it.each([
    ['en', 'A bomb left at the airport by the third man failed to go off.'],
    ['en', 'The fire alarm went off in the departure hall.'],
  ])('[%s] “%s” reports no explosion by “go off”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2016-03-23').map((c) => c.kind)).not.toContain('explosion');
  });
});

describe('a statement that calls a happening something', () => {
  it.each([
    ['de', 'Donnerstag hat Nasrallah die Explosionen von Pagern als Kriegserklärung bezeichnet.'],
    ['nl', 'Donderdag heeft Nasrallah de explosies een oorlogsverklaring genoemd.'],
    ['de', 'Donnerstag bezeichnete Nasrallah die Explosionen als Kriegserklärung.'],
  ])('[%s] “%s” reports no explosion', (lang, text) => {
    const nasrallah: MentionSpec = ['Nasrallah', 'actor', 'hassan-nasrallah'];
    expect(kindsAndTitles(lang, text, '2024-09-19', [nasrallah]).map((c) => c.kind)).not.toContain(
      'explosion',
    );
  });
});

describe('an attack told by a split German verb', () => {
  it('“griff … Ziele im Südlibanon an” is an attack', () => {
    const text = 'Donnerstag griff Israels Luftwaffe erneut Ziele im Südlibanon an.';
    expect(kindsAndTitles('de', text, '2024-09-19').map((c) => c.kind)).toContain('attack');
  });
});
