/**
 * The man arrested "at the scene" of the shooting of Shinzo Abe (Friday 8 July 2022) was arrested
 * that Friday, whatever day the report that tells it was written: a wire, a German report of the
 * Sunday after and a translation.
 */
import { describe, expect, it } from 'vitest';
import { atTheScene } from './at-the-scene.ts';
import { extractCandidates } from './stage.ts';
import { article, day } from './test-helpers.ts';

describe('a happening at the scene of the deed', () => {
  it.each<['en' | 'nl' | 'de', string, boolean]>([
    [
      'en',
      'Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene on suspicion of attempted murder.',
      true,
    ],
    ['en', 'The suspect was arrested at the spot on suspicion of attempted murder.', true],
    ['de', 'Der 41-Jährige wurde noch am Tatort überwältigt und festgenommen.', true],
    ['nl', 'De schutter werd ter plaatse aangehouden.', true],
    ['en', 'Police arrested a man in Nara on Sunday.', false],
  ])('[%s] “%s”: %s', (lang, text, scene) => {
    expect(atTheScene(lang, text)).toBe(scene);
  });

  it.each([
    ['en', 'Abe was shot dead on Friday.', 'Police arrested a 41-year-old man at the scene.'],
    ['de', 'Abe war am Freitag erschossen worden.', 'Der 41-Jährige wurde noch am Tatort festgenommen.'],
  ])('[%s] after “%s”, “%s” is an arrest of that day', (lang, lead, text) => {
    const arrests = extractCandidates(
      article(
        'doc',
        lang,
        [
          {
            text: lead,
            paragraph: 'p1',
            times: [day('2022-07-08', lead.includes('Friday') ? 'on Friday' : 'am Freitag')],
          },
          { text, paragraph: 'p2' },
        ],
        '2022-07-10',
      ),
    ).filter((c) => c.kind === 'arrest');
    expect(arrests.map((c) => c.when.value)).toEqual(['2022-07-08']);
  });

  it('an arrest not at the scene stays before publication', () => {
    const arrests = extractCandidates(
      article(
        'doc',
        'en',
        [
          { text: 'Abe was shot dead on Friday.', paragraph: 'p1', times: [day('2022-07-08', 'on Friday')] },
          { text: 'Police arrested a 41-year-old man.', paragraph: 'p2' },
        ],
        '2022-07-10',
      ),
    ).filter((c) => c.kind === 'arrest');
    expect(arrests.map((c) => c.when.precision)).toEqual(['before-publication']);
  });
});
