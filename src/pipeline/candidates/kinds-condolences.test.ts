/**
 * Condolences and rejected accusations are statements of their own: the crash or the attack they
 * speak of is no happening of their day.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PUTIN: MentionSpec = ['Poetin', 'actor', 'putin'];
const KREMLIN: MentionSpec = ['Kreml', 'actor', 'kremlin'];

describe('condolences are a statement titled so, not the crash they mourn', () => {
  it.each<[string, string, MentionSpec]>([
    [
      'nl',
      'De Russische president Poetin heeft vandaag zijn deelneming betuigd aan de nabestaanden van de slachtoffers van de vliegtuigcrash bij Tver.',
      PUTIN,
    ],
    ['nl', 'Poetin condoleerde de nabestaanden van de slachtoffers van de crash.', PUTIN],
    [
      'en',
      'Putin expressed his condolences to the families of the victims of the crash.',
      ['Putin', 'actor', 'putin'],
    ],
    [
      'de',
      'Putin sprach den Angehörigen der Opfer des Absturzes sein Beileid aus.',
      ['Putin', 'actor', 'putin'],
    ],
  ])('[%s] “%s”', (lang, text, putin) => {
    expect(kindsAndTitles(lang, text, '2023-08-24', [putin]).map((c) => c.title)).toEqual([
      'Putin offers condolences',
    ]);
  });
});

describe('accusations rejected are a statement, not what they accuse of', () => {
  it.each<[string, string, MentionSpec]>([
    ['de', 'Der Kreml hatte am Freitag Vorwürfe zurückgewiesen, er stecke hinter dem Absturz.', KREMLIN],
    [
      'en',
      'The Kremlin on Friday rejected accusations that it was behind the crash.',
      ['Kremlin', 'actor', 'kremlin'],
    ],
    [
      'nl',
      'Het Kremlin wees vrijdag de beschuldigingen van de hand dat het achter de crash zat.',
      ['Kremlin', 'actor', 'kremlin'],
    ],
  ])('[%s] “%s”', (lang, text, kremlin) => {
    expect(kindsAndTitles(lang, text, '2023-08-27', [kremlin]).map((c) => c.kind)).toEqual(['statement']);
  });
});
