/**
 * A person killed and a counted crowd are two happenings, unless the report of the person's death
 * counts that very crowd with him: then the crowd's dead, told in another language, join his death.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const HEADLINE = 'Wagner chief Prigozhin listed as passenger on crashed plane, all 10 aboard killed';
const PRIGOZHIN =
  'A private jet carrying Wagner mercenary chief Yevgeny Prigozhin crashed north of Moscow on Wednesday, killing all 10 people on board.';

describe('a person and the crowd counted with him', () => {
  it.each([
    ['the German toll of ten', 'de_ten.txt', 'Alle zehn Insassen kamen am Mittwoch ums Leben.', true],
    ['the Dutch toll of ten', 'nl_ten.txt', 'Alle tien inzittenden kwamen woensdag om het leven.', true],
    ['a Dutch toll of two', 'nl_two.txt', 'Twee inzittenden kwamen woensdag om het leven.', false],
  ])('%s joins his death only when it counts his crowd', async (_, name, sentence, joined) => {
    const file = await eventFileOf({
      'en_crash.txt': ` date 2023-08-23 ${HEADLINE}\n\n${PRIGOZHIN}\n`,
      [name]: ` date 2023-08-24 Absturz\n\n${sentence}\n`,
    });
    const death = eventsFrom(file, PRIGOZHIN)[0];
    expect(death?.title).toBe('10 people killed in crash north of Moscow');
    expect(eventsFrom(file, sentence).includes(death as never)).toBe(joined);
  });
});
