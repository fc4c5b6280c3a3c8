/**
 * A leader who concedes defeat says so: "Rishi Sunak conceded defeat early Friday and apologized",
 * "Sunak räumte am frühen Freitagmorgen seine Niederlage ein" are one statement, titled by the
 * concession, not by the apology that follows it or as a statement like any other.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

async function titlesOf(lang: string, sentence: string): Promise<string[]> {
  const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2024-07-05'));
  return eventsFrom(file, sentence).map((e) => e.title);
}

describe('a concession of defeat', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Outgoing Prime Minister Rishi Sunak conceded defeat early Friday and apologized to his party.',
      'Rishi Sunak concedes defeat',
    ],
    [
      'de',
      'Premier Rishi Sunak räumte am frühen Freitagmorgen seine Niederlage ein.',
      'Rishi Sunak concedes defeat',
    ],
    ['nl', 'Premier Rishi Sunak erkende vrijdagochtend zijn nederlaag.', 'Rishi Sunak concedes defeat'],
  ])('[%s] “%s” is titled “%s”', async (lang, sentence, title) => {
    expect(await titlesOf(lang, sentence)).toContain(title);
  });

  it('a defeat spoken of is no concession', async () => {
    const titles = await titlesOf(
      'de',
      'Olaf Scholz sagte am Freitag, die Niederlage der Konservativen sei verdient.',
    );
    expect(titles).not.toContain('Olaf Scholz concedes defeat');
  });
});
