/**
 * A president impeached by parliament, and an impeachment vote that fails, in English, Dutch and
 * German: each its own kind, and a walkout of lawmakers no labour strike.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const YOON: MentionSpec = ['Yoon Suk Yeol', 'unknown', 'name:yoon-suk-yeol'];
const YOON_SHORT: MentionSpec = ['Yoon', 'unknown', 'name:yoon-suk-yeol'];

describe('an impeachment passed', () => {
  it.each([
    [
      'en',
      "South Korea's opposition-controlled parliament voted Saturday to impeach President Yoon Suk Yeol over his short-lived martial law decree.",
    ],
    [
      'en',
      'The South Korean parliament has voted for the impeachment of President Yoon Suk Yeol on Saturday.',
    ],
    ['nl', 'Het parlement stemde zaterdag met 204 stemmen voor de afzetting van president Yoon Suk Yeol.'],
    [
      'de',
      'Das Parlament stimmte am Samstag mit 204 Stimmen für die Amtsenthebung von Präsident Yoon Suk Yeol.',
    ],
  ])('[%s] “%s” is “Yoon Suk Yeol impeached”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-14', [YOON])).toContainEqual({
      kind: 'impeachment',
      title: 'Yoon Suk Yeol impeached',
    });
  });

  it('a president removed by the court is dismissed, not impeached again', () => {
    const found = kindsAndTitles(
      'en',
      'South Korea has impeached a president before: Park Geun-hye was removed from office by the Constitutional Court in March 2017.',
      '2024-12-10',
      [['Park Geun-hye', 'unknown', 'name:park-geun-hye']],
    );
    expect(found[0]).toEqual({ kind: 'dismissal', title: 'Park Geun-hye dismissed' });
  });
});

describe('an impeachment vote that fails', () => {
  it.each([
    [
      'en',
      'The first attempt to impeach Yoon failed on Saturday after almost all members of his party walked out of the chamber.',
      [YOON_SHORT],
    ],
    [
      'nl',
      'De poging om de Zuid-Koreaanse president Yoon Suk Yeol af te zetten is zaterdag mislukt.',
      [YOON],
    ],
    [
      'de',
      'Das südkoreanische Parlament hat am Samstag ein Amtsenthebungsverfahren gegen Präsident Yoon Suk Yeol vorerst gestoppt.',
      [YOON],
    ],
  ])('[%s] “%s” is a failed impeachment and no strike', (lang, text, mentions) => {
    const found = kindsAndTitles(lang, text, '2024-12-08', mentions);
    expect(found[0]).toEqual({
      kind: 'impeachment-failed',
      title: expect.stringMatching(/^Impeachment of Yoon( Suk Yeol)? fails$/),
    });
    expect(found.map((k) => k.kind)).not.toContain('protest');
  });

  it('workers who walked out are still on strike', () => {
    expect(
      kindsAndTitles('en', 'On Monday 3,000 workers walked out at the port of Antwerp.', '2024-12-08').map(
        (k) => k.kind,
      ),
    ).toContain('protest');
  });
});
