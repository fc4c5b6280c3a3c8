/**
 * One person a toll counts, introduced by the same age in two reports on days that meet, is one
 * death: the 21st victim of the Love Parade, "een 25-jarige vrouw" who died "in de nacht van
 * dinsdag op woensdag" and "a 25-year-old woman who died in hospital on July 27".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const DUTCH =
  'In de nacht van dinsdag op woensdag is in een ziekenhuis een 25-jarige vrouw uit Heiligenhaus, bij Essen, overleden aan haar verwondingen.';
const ENGLISH = 'Twenty-one dead, the last of them a 25-year-old woman who died in hospital on July 27.';
const OTHER_AGE = 'A 19-year-old man died in hospital on July 27.';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'nl.txt': ` date 2010-07-28 Dodental opgelopen tot 21\n\n${DUTCH}\n`,
    'en.txt': ` date 2010-08-24 A month on\n\n${ENGLISH}\n`,
    'other.txt': ` date 2010-07-28 Another death\n\n${OTHER_AGE}\n`,
  });
}, 60_000);

describe('a victim introduced by the same age in two reports', () => {
  it('“een 25-jarige vrouw” and “a 25-year-old woman” who died the same night are one death', () => {
    const [death] = eventsFrom(file, DUTCH);
    expect(death?.sources.map((s) => s.sentence)).toContain(ENGLISH);
  });

  it('a 19-year-old man who died that day is another death', () => {
    const [death] = eventsFrom(file, DUTCH);
    expect(death?.sources.map((s) => s.sentence)).not.toContain(OTHER_AGE);
  });
});
