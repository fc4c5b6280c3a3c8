/**
 * A toll in the simple past that names no happening and tells nothing else ("In België kwamen zeker
 * elf mensen om het leven") counts the dead of the story its article tells, since the earliest day
 * it dated: the floods' night, not the week before the report. One that runs on from an undated
 * count of the sentence before ("… een week van geweld … Honderden mensen raakten gewond") keeps
 * to the week.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const report = (paragraphs: string[]) => ({
  'doc.txt': ` date 2021-07-15 Report\n\n${paragraphs.join('\n\n')}\n`,
});

describe('the toll of the story an article tells', () => {
  it.each([
    [
      'nl',
      'In de nacht van woensdag op donderdag was in Zuid-Limburg in korte tijd meer regen gevallen dan normaal in een hele maand.',
      'In België kwamen zeker elf mensen om het leven.',
    ],
    [
      'en',
      'On Wednesday night more rain fell in South Limburg than in a normal month.',
      'In Belgium at least eleven people died.',
    ],
    [
      'de',
      'In der Nacht zum Donnerstag fiel in Südlimburg mehr Regen als sonst in einem ganzen Monat.',
      'In Belgien starben mindestens elf Menschen.',
    ],
  ])('[%s] “%s” … “%s” counts the dead since the night of 14 July', async (_lang, night, toll) => {
    const file = await eventFileOf(report([night, toll]));
    const [dead] = eventsFrom(file, toll).filter((e) => e.kind === 'death');
    expect(dead?.when.start.slice(0, 10)).toBe('2021-07-14');
  });

  it('a count running on from an undated one keeps to the week before the report', async () => {
    const toll = 'Honderden mensen raakten gewond.';
    const text = readFileSync('src/pipeline/fixtures/stories/bangladesh-resignation/nl_nos_0721.txt', 'utf8');
    const file = await eventFileOf({ 'nl_nos_0721.txt': text });
    const [hurt] = eventsFrom(file, toll).filter((e) => e.kind === 'injury');
    expect(hurt?.when.start.slice(0, 10)).toBe('2024-07-14');
  });
});
