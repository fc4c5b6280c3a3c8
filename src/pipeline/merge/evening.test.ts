/**
 * An evening reaches into the small hours of the next day: lawmakers voting "dinsdagavond … enkele
 * uren later" and "shortly after 1 a.m." on the Wednesday cast one vote, and troops sent "am
 * Dienstagabend" are those that entered parliament "after midnight"; the two accounts do not
 * disagree on the day; a clock time well outside an evening is another time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_vote.txt': [
      ' date 2024-12-04 ',
      'Parliament rejects martial law',
      '',
      'Yoon declared emergency martial law late on Tuesday in a televised address.',
      '',
      'Shortly after 1 a.m., 190 of parliament’s 300 members voted to lift the martial law.',
    ].join('\n'),
    'en_rallies.txt': [
      ' date 2024-12-05 ',
      'Rallies in Seoul',
      '',
      'Hundreds of protesters gathered outside the National Assembly in Seoul at 1 a.m. on Wednesday.',
      '',
      'Some 5,000 people protested in central Seoul on Wednesday evening.',
    ].join('\n'),
    'nl_stemming.txt': [
      ' date 2024-12-07 ',
      'Parlement stemt tegen staat van beleg',
      '',
      'Yoon kondigde dinsdagavond de staat van beleg af. Militairen drongen het parlementsgebouw in Seoul binnen, maar de parlementariërs stemden enkele uren later voor het opheffen van de staat van beleg.',
    ].join('\n'),
  });
}, 30_000);

describe('an evening and the small hours after it', () => {
  it('the vote “shortly after 1 a.m.” is on the Wednesday, and the Dutch vote “enkele uren later” joins it', () => {
    const [vote, ...others] = eventsFrom(file, 'Shortly after 1 a.m.');
    expect(others).toEqual([]);
    expect(vote?.when.start).toBe('2024-12-04T01:00');
    expect(vote?.sources.map((s) => s.document).sort()).toEqual(['en_vote', 'nl_stemming']);
    expect(vote?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('a rally at 1 a.m. and one on the evening of that day are two', () => {
    const [night] = eventsFrom(file, 'at 1 a.m. on Wednesday');
    const [evening] = eventsFrom(file, 'on Wednesday evening');
    expect(night?.id).not.toBe(evening?.id);
  });
});
