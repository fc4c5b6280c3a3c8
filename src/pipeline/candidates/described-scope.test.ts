/**
 * A place named in a phrase that describes someone else than the happening is no place of it: the
 * attack the dead one is "the assassin of", the happening a toll is "with".
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const AMRI: MentionSpec = ['Anis Amri', 'actor', 'anis-amri'];
const BERLIN: MentionSpec = ['Berlin', 'place', 'berlin'];

/** The deaths of a sentence of 23 December 2016 with no time of its own. */
function deaths(lang: string, text: string, mentions: MentionSpec[]) {
  return candidatesOfSentence(lang, { text, when: day('2016-12-23'), mentions }).filter(
    (c) => c.kind === 'death',
  );
}

describe('a place describing the one a death befell', () => {
  it.each<[string, string]>([
    ['en', 'The suspected assassin of the Berlin Christmas market, Anis Amri, is dead.'],
    ['de', 'Der mutmaßliche Attentäter des Berliner Weihnachtsmarkts, Anis Amri, wurde erschossen.'],
  ])('[%s] “%s” is no death in Berlin', (lang, text) => {
    const city: MentionSpec = [text.match(/Berlin\p{L}*/u)?.[0] ?? 'Berlin', 'place', 'berlin'];
    const [c] = deaths(lang, text, [city, AMRI]);
    expect(c?.patient).toBe('anis-amri');
    expect(c?.places).not.toContain('berlin');
  });

  it('[nl] “De burgemeester van de Libische stad Derna, …, vreest …” keeps Derna, where he is mayor', () => {
    const text =
      'De burgemeester van de Libische stad Derna, Abdulmenam al-Ghaithi, vreest dat tussen de 18.000 en 20.000 mensen zijn omgekomen.';
    const [c] = deaths('nl', text, [
      ['Derna', 'place', 'derna'],
      ['Abdulmenam al-Ghaithi', 'actor', 'name:abdulmenam-al-ghaithi'],
    ]);
    expect(c?.places).toContain('derna');
  });

  it('[en] “Anis Amri died in Berlin” keeps its place', () => {
    const [c] = deaths('en', 'Anis Amri died in Berlin.', [AMRI, BERLIN]);
    expect(c?.places).toContain('berlin');
  });
});
