/**
 * A weekday named by the happening it follows ("on the Sunday after the fire") is counted from
 * that happening: it tells nothing about the week the report was written in.
 */
import { describe, expect, it } from 'vitest';
import { weekdayMentions } from './weekdays.ts';

describe('a weekday named by the happening it follows or precedes', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Finance minister Richard Hammond had already on the Sunday after the fire said that the used material is forbidden in Britain, which his ministry later relativised.',
      [],
    ],
    ['nl', 'De zondag na de verkiezingen trad de premier af.', []],
    ['en', 'The minister said on Sunday after the meeting that talks would go on.', ['Sunday']],
    ['en', 'The council met on Sunday, the day after the fire.', ['Sunday']],
    ['de', 'Am Sonntag nach dem Treffen sagte der Minister, die Gespräche gingen weiter.', ['Sonntag']],
  ])('%s: “%s” tells %j as past', (language, sentence, told) => {
    expect(
      weekdayMentions(sentence, language)
        .filter((m) => m.relation === 'past')
        .map((m) => m.text),
    ).toEqual(told);
  });
});
