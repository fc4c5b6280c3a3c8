/**
 * A politician who announces he will leave politics: one happening, his, dated to the day he said
 * it, in every language, and no troop withdrawal for the German "Rückzug aus der Politik".
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

describe('a departure from politics announced in an article of Tuesday 11 July 2023', () => {
  it.each([
    [
      'en',
      'Dutch Prime Minister Mark Rutte said on Monday he would leave politics after an election later this year.',
    ],
    ['nl', 'Premier Mark Rutte kondigde maandag aan dat hij de politiek verlaat.'],
    ['de', 'Am Montag kündigte Ministerpräsident Mark Rutte überraschend seinen Rückzug aus der Politik an.'],
  ])(
    '[%s] “%s” is Rutte’s departure from politics, announced on Monday',
    async (lang, sentence) => {
      const file = await eventFileOf({
        [`${lang}_rutte.txt`]: [' date 2023-07-11 ', 'Rutte', '', sentence].join('\n'),
      });
      const told = eventsFrom(file, sentence);
      expect(told.map((e) => [e.kind, e.title, e.when.start])).toContainEqual([
        'politics-exit',
        'Mark Rutte announces departure from politics',
        '2023-07-10',
      ]);
      expect(told.map((e) => e.title)).not.toContain('Mark Rutte speaks on the troops’ withdrawal');
      expect(told.map((e) => e.title)).not.toContain("Mark Rutte speaks on the troops' withdrawal");
    },
    30_000,
  );
});
