/**
 * The Rotterdam shootings of 28 September 2023 (see run.story-rotterdam-shootings.test.ts), as the
 * reports tell what lies around that afternoon: the girl who died in hospital after it, the
 * suspect's conviction of 2021 the police chief told of, and the verdict report of December 2024
 * that recalls the shootings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('rotterdam-shootings');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

describe('the Rotterdam shootings: what came after and what a later report recalls', () => {
  it('the girl “De 14-jarige dochter van de vrouw die gistermiddag … werd doodgeschoten” died after Thursday, as the translation’s “died this morning”', () => {
    const died = onlyCiting(file, 'De 14-jarige dochter van de vrouw die gistermiddag');
    expect(died?.kind).toBe('death');
    expect(died?.when.start.slice(0, 10)).not.toBe('2023-09-28');
    expect(died).toBe(onlyCiting(file, 'died this morning in the hospital'));
  });

  it.each([
    [
      'the NOS “Hij werd in 2021 veroordeeld” after the police chief “zei … dat de verdachte”',
      'Hij werd in 2021 veroordeeld voor dierenmishandeling',
    ],
    [
      'the AD “Hij werd in 2021 veroordeeld” after “Volgens politiechef Fred Westerbeke was L.”',
      'Hij werd in 2021 veroordeeld voor het mishandelen',
    ],
    ['the AD “De rechter legde hem toen een taakstraf op”', 'De rechter legde hem toen een taakstraf op'],
  ])('%s is the suspect’s conviction of 2021, no sentence of the police chief', (_what, words) => {
    const convicted = onlyCiting(file, words);
    expect(convicted?.when.value).toBe('2021');
    expect(convicted?.title).not.toMatch(/Westerbeke/);
  });

  it('the police chief’s next words, “He said police did not yet know the motive”, are still his', () => {
    expect(onlyCiting(file, 'He said police did not yet know the motive')?.actors).toContain('westerbeke');
  });

  // The AD's "Hij werd in 2021 veroordeeld voor het mishandelen van een konijn" is that conviction too.
  it('the conviction for animal cruelty, “dierenmishandeling”, “Tierquälerei”, “animal abuse”, is one event of six outlets', () => {
    expect(documentsOf(onlyCiting(file, 'Hij werd in 2021 veroordeeld voor dierenmishandeling'))).toEqual([
      'de_spiegel_0928',
      'en_mt_undated',
      'en_nltimes_1219_2024',
      'en_reuters_0928',
      'nl_ad_0929',
      'nl_nos_0928',
    ]);
  });

  it('the verdict’s “for murdering three people in two shootings … in September last year” is no shooting of the court', () => {
    for (const e of citing('sentenced Fouad L. to life in prison on Thursday')) {
      expect(e.actors.includes('rotterdam-district-court') && e.kind !== 'verdict').toBe(false);
      expect(e.conflicts.filter((c) => c.field === 'when')).toEqual([]);
    }
  });

  it.each([
    ['the Dutch “stak ook in het onderwijsgebouw brand”', 'L. stak ook in het onderwijsgebouw brand'],
    ['the translation’s “the suspect set fire”', 'Also in the education building the suspect set fire'],
    [
      'the English “set fires in the classroom”',
      'He set fires in the classroom and elsewhere in the building',
    ],
  ])('%s is the fire set in the hospital at 15:00', (_what, words) => {
    const fire = onlyCiting(file, words);
    expect(fire?.kind).toBe('arson');
    expect(fire).toBe(onlyCiting(file, 'Auch in der Klinik legte er Feuer'));
    // "he shot dead 43-year-old Jurgen Damen … ¶ He set fires": the teacher killed set no fire.
    expect(fire?.actors.some((a) => a.includes('jurgen-damen'))).toBe(false);
  });

  it('“Shootings are relatively rare in the Netherlands” is no shooting', () => {
    expect(citing('Shootings are relatively rare in the Netherlands')).toEqual([]);
  });
});
