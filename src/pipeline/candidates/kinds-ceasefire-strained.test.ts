/** A ceasefire told as strained or fraying ("as a US-brokered ceasefire was strained") is named, not agreed. */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a strained ceasefire', () => {
  it.each([
    [
      'en',
      'Thousands of foreigners who fled the fighting in Khartoum have arrived in Port Sudan on the Red Sea after a journey of more than 800km by road, as a US-brokered ceasefire was strained by new clashes.',
    ],
    ['nl', 'Het staakt-het-vuren in Soedan wankelt door nieuwe gevechten in Khartoem.'],
    ['de', 'Die Waffenruhe im Sudan ist brüchig, in Khartum wird wieder gekämpft.'],
  ])('[%s] “%s” tells no ceasefire agreed', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-04-27'));
    expect(eventsFrom(file, sentence).map((e) => e.kind)).not.toContain('ceasefire');
  });

  it('a ceasefire agreed is still one: “The 72-hour ceasefire … came into force on Tuesday.”', async () => {
    const sentence =
      'The 72-hour ceasefire between the army and the Rapid Support Forces came into force on Tuesday.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2023-04-27'));
    expect(eventsFrom(file, sentence).map((e) => e.kind)).toContain('ceasefire');
  });
});
