/** Air and missile strikes in English, Dutch and German news are attacks, titled as strikes. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ISRAEL: MentionSpec = ['Israel', 'place', 'israel'];
const beirut = (text: string): MentionSpec => [text, 'place', 'beirut'];

describe('strikes from the air', () => {
  it.each<[string, string, MentionSpec[]]>([
    ['en', 'Israel launched air strikes on Beirut on Friday.', [ISRAEL, beirut('Beirut')]],
    [
      'nl',
      'Israël voerde vrijdag luchtaanvallen uit op Beiroet.',
      [['Israël', 'place', 'israel'], beirut('Beiroet')],
    ],
    ['de', 'Israel flog am Freitag Luftangriffe auf Beirut.', [ISRAEL, beirut('Beirut')]],
  ])('[%s] “%s” is titled as strikes', (lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-10-11', mentions)).toEqual([
      { kind: 'attack', title: 'Israel strikes Beirut' },
    ]);
  });

  it('Dutch attacks on police stations are attacks, no strikes', () => {
    expect(
      kindsAndTitles('nl', 'Vrijdag waren er aanvallen op politiebureaus in Beiroet.', '2024-10-11', [
        beirut('Beiroet'),
      ]),
    ).toEqual([{ kind: 'attack', title: 'Attack in Beirut' }]);
  });
});
