/**
 * The wounds of a person the actors list are those of the attempt on his life told the same day,
 * in another report or language: one event, titled by the attempt. A crowd's injuries stay apart.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const ATTEMPT =
  'Fico werd gisteren in het stadje Handlová vijf keer beschoten toen hij na een kabinetsvergadering mensen begroette.';

describe('wounds of a listed person', () => {
  it.each([
    [
      'the prime minister shot in the abdomen',
      true,
      'Fico, 59, was shot in the abdomen after a government meeting in the town of Handlova on Wednesday.',
    ],
    ['a crowd injured that day', false, 'Fifteen people were injured in Handlova on Wednesday.'],
  ])('%s joins the attempt on his life: %s', async (_, joined, sentence) => {
    const file = await eventFileOf({
      'en_reuters.txt': ` date 2024-05-15 Slovak Prime Minister Robert Fico shot\n\n${sentence}\n`,
      'nl_nos.txt': ` date 2024-05-16 Aanslag op premier Robert Fico\n\n${ATTEMPT}\n`,
    });
    const attempt = eventsFrom(file, ATTEMPT)[0];
    expect(attempt?.title).toBe('Assassination attempt on Robert Fico');
    expect(attempt?.when.value).toBe('2024-05-15');
    expect(eventsFrom(file, sentence).includes(attempt as never)).toBe(joined);
  });
});
