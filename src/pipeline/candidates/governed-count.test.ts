/**
 * A count in a clause of its own, governed by another verb ("ontvoerd", "abducted", "entführt"), is
 * not the first verb's count: the abducted are no rival toll of the dead.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function deaths(lang: string, text: string) {
  return candidatesOf(lang, text, '2023-11-24')
    .filter((c) => c.kind === 'death')
    .map((c) => ({ title: c.title, figures: c.figures.map((f) => `${f.value} ${f.counts}`) }));
}

describe('a count governed by another verb of its own clause is not the first verb’s count', () => {
  it.each([
    [
      'nl',
      "Bij de aanval van Hamas op 7 oktober werden in Israël ongeveer 1200 mensen gedood en zo'n 240 mensen ontvoerd.",
    ],
    ['en', 'In the Hamas attack on 7 October about 1,200 people were killed and some 240 people abducted.'],
    [
      'de',
      'Bei dem Angriff der Hamas am 7. Oktober wurden in Israel etwa 1200 Menschen getötet und rund 240 Menschen entführt.',
    ],
  ])('[%s] “%s” counts only the dead as killed', (lang, text) => {
    expect(deaths(lang, text)).toEqual([
      { title: 'About 1,200 people killed', figures: ['1200 people killed'] },
    ]);
  });

  it('the dead keep their own count beside the injured: “On Monday 5 people were killed in Gaza and 20 people were injured.”', () => {
    expect(
      deaths('en', 'On Monday 5 people were killed in Gaza and 20 people were injured.')[0]?.figures,
    ).toEqual(['5 people killed']);
  });
});
