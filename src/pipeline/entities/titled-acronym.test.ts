/**
 * An unlisted acronym after a noun in apposition or a title is a name, as a word would be there:
 * "die US-Luftfahrtbehörde FAA", "de luchtvaartautoriteit FAA", "des Staatssenders BTV".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('an acronym after a noun in apposition', () => {
  it.each([
    ['de', 'Die Großbank HSBC übernimmt die Tochter.', 'HSBC'],
    ['de', 'Demonstranten setzten das Gebäude des Staatssenders BTV in Brand.', 'BTV'],
    [
      'de',
      'Das Bundesamt für Sicherheit in der Informationstechnik (BSI) sprach von einem IT-Vorfall.',
      'BSI',
    ],
  ])('in %s, "%s" names %s', (lang, text, name) => {
    const [list] = mentionsOf(stage, lang, [text]);
    expect((list ?? []).map((m) => m.text)).toContain(name);
  });
});
