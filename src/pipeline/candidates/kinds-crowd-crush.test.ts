/**
 * A crowd crush (Seoul, October 2022) in English, Dutch and German: a crowd that surged, "the
 * crush began", "Massenpanik", "bij het gedrang". It is titled so, neither a stampede nor an attack.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a crowd crush', () => {
  it.each([
    [
      'en',
      'A crowd of mostly young people celebrating Halloween surged into a narrow alley on Saturday night, killing at least 151 people.',
    ],
    [
      'en',
      'The crush began at about 10:15 p.m. in a sloping alley next to the hotel, emergency officials said.',
    ],
    ['en', 'Two people were killed in a stampede at the stadium gate on Saturday.'],
    ['nl', 'Bij het gedrang in een smalle steeg kwamen zaterdag 156 mensen om het leven.'],
    [
      'de',
      'Bei einer Massenpanik während einer Halloween-Feier sind am Samstag mindestens 153 Menschen ums Leben gekommen.',
    ],
  ])('[%s] “%s” reports a crowd crush', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-10-30')).toContainEqual({
      kind: 'crowd-crush',
      title: 'Crowd crush',
    });
  });

  it.each([
    ['en', 'Officials said they were investigating the cause of the crush.'],
    ['nl', 'Hij zou pas ruim een uur na het begin van het gedrang ter plaatse zijn gekomen.'],
    ['nl', 'De begroting komt door de tegenvallers in het gedrang.'],
  ])('[%s] “%s” names the crush again, or a squeeze, and reports none', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-11-02').map((k) => k.kind)).not.toContain('crowd-crush');
  });
});
