/** A leader who appeals for aid makes an appeal, in each language, whoever the sentence names. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const JUNTA_CHIEF: MentionSpec[] = [['Min Aung Hlaing', 'actor', 'min-aung-hlaing']];

describe('an appeal for aid', () => {
  it.each<[string, string]>([
    [
      'en',
      'Junta chief Min Aung Hlaing declared a state of emergency in six regions and made a rare appeal for international aid.',
    ],
    ['nl', 'Juntaleider Min Aung Hlaing deed vrijdag een zeldzame oproep om internationale hulp.'],
    ['de', 'Juntachef Min Aung Hlaing bat am Freitag die Welt um internationale Hilfe.'],
  ])('[%s] “%s”: Min Aung Hlaing makes an appeal', (lang, text) => {
    const on = /vrijdag|am Freitag/.exec(text)?.[0];
    const times = on ? [day('2025-03-28', on)] : [];
    const titles = candidatesOfSentence(lang, { text, times, mentions: JUNTA_CHIEF }).map((c) => c.title);
    expect(titles).toContain('Min Aung Hlaing makes an appeal');
  });

  it('a leader who “appealed for help” in a clause that says why others acted makes no appeal of the others', () => {
    const titles = candidatesOfSentence('en', {
      text: "The Collective Security Treaty Organization (CSTO) agreed late on Wednesday to send troops after Kazakhstan's president, Kassym-Jomart Tokayev, appealed for help.",
      times: [day('2022-01-05', 'late on Wednesday')],
      mentions: [
        ['Collective Security Treaty Organization', 'actor', 'csto'],
        ['Kassym-Jomart Tokayev', 'actor', 'tokayev'],
      ],
    }).map((c) => c.title);
    expect(titles).not.toContain('Collective Security Treaty Organization makes an appeal');
  });

  it('a call for protests is still a call for protests, not an appeal', () => {
    const titles = candidatesOfSentence('nl', {
      text: 'De oppositie riep zaterdag op tot protesten in de hoofdstad.',
      times: [day('2025-03-29', 'zaterdag')],
    }).map((c) => c.title);
    expect(titles).toEqual(['Call for protests']);
  });
});
