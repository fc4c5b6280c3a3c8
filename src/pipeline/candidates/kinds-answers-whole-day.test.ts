/**
 * Two traits of a kind that date its reports from the article around them: an answer to the
 * story's happening (national mourning, rescue teams sent) told undated came after the article's
 * first dated happening; a measure of a whole day (turnout) takes only the day of a clock time it
 * borrows from the sentence before.
 */
import { describe, expect, it } from 'vitest';
import type { When } from '../types.ts';
import { eventFileOf } from '../test-articles.ts';

/** The time of the event of `kind` in a one-article folder of `paragraphs`, published on `date`. */
async function whenOf(kind: string, date: string, paragraphs: string[]): Promise<When | undefined> {
  const file = await eventFileOf({ 'a.txt': ` date ${date} Report\n\n${paragraphs.join('\n\n')}\n` });
  return file.events.find((e) => e.kind === kind)?.when;
}

describe('an answer to the story’s happening, told undated, came after it', () => {
  it.each<[string, string, string[], string, string]>([
    [
      'Dutch national mourning after the quake of Friday evening',
      '2023-09-10',
      [
        'De beving met een kracht van 6,8 vond vrijdagavond om 23.11 uur plaats in het Atlasgebergte.',
        'De meeste slachtoffers vielen in de provincie Al-Haouz. Reddingswerkers graven met de hand naar overlevenden.',
        'Koning Mohammed VI heeft drie dagen van nationale rouw afgekondigd.',
      ],
      'emergency',
      '2023-09-08',
    ],
    [
      'German rescue teams sent after the quake of late Friday evening',
      '2023-09-11',
      [
        'Die Zahl der Toten nach dem schweren Erdbeben in Marokko ist auf 2497 gestiegen. Das teilte das Innenministerium am Montag mit.',
        'Das Beben der Stärke 6,8 hatte sich am späten Freitagabend im Atlasgebirge ereignet. Am stärksten betroffen ist die Provinz Al-Haouz.',
        'Spanien und Großbritannien haben Rettungsteams geschickt.',
      ],
      'aid-sent',
      '2023-09-08',
    ],
  ])('%s', async (_, date, paragraphs, kind, start) => {
    expect(await whenOf(kind, date, paragraphs)).toMatchObject({ start, end: date });
  });
});

describe('a turnout is of the day, not of the clock of the sentence before', () => {
  it.each<[string, string[]]>([
    ['en', ['Polls closed at 10 p.m. on Thursday.', 'Turnout was about 60%, one of the lowest since 1885.']],
    ['nl', ['De stembureaus sloten donderdag om 22.00 uur.', 'De opkomst lag rond de 60 procent.']],
    [
      'de',
      [
        'Die Wahllokale hatten am Donnerstag um 22 Uhr Ortszeit geschlossen.',
        'Die Wahlbeteiligung lag bei rund 60 Prozent.',
      ],
    ],
  ])('[%s] %j', async (_, paragraphs) => {
    expect(await whenOf('turnout', '2024-07-05', paragraphs)).toMatchObject({
      start: '2024-07-04',
      end: '2024-07-04',
      precision: 'day',
    });
  });
});
