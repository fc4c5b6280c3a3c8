/**
 * A sentence that opens with what came before ("Nach wochenlangen Protesten mit Hunderten Toten
 * ist …") tells its news after that phrase: the resignation, not the dead of the weeks before.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, type MentionSpec } from './test-helpers.ts';

describe('a happening named in an opening phrase of what came before', () => {
  it.each<[string, string, MentionSpec[]]>([
    [
      'de',
      'Nach wochenlangen Protesten mit Hunderten Toten ist die Regierungschefin Sheikh Hasina zurückgetreten.',
      [['Sheikh Hasina', 'actor']],
    ],
    [
      'nl',
      'Na weken van protesten met honderden doden is premier Sheikh Hasina afgetreden.',
      [['Sheikh Hasina', 'actor']],
    ],
    [
      'en',
      'After weeks of protests that left hundreds dead, Sheikh Hasina resigned.',
      [['Sheikh Hasina', 'actor']],
    ],
  ])('[%s] “%s” reports the resignation alone', (lang, text, mentions) => {
    expect(candidatesOfSentence(lang, { text, mentions }).map((c) => c.kind)).toEqual(['resignation']);
  });

  it.each<[string, string, string[]]>([
    [
      'de',
      'Nach Angaben der Behörden kamen mindestens 38 Menschen ums Leben, 15 wurden verletzt.',
      ['death', 'injury'],
    ],
    ['de', 'Nach Polizeiangaben starben zwei Menschen, fünf wurden verletzt.', ['death', 'injury']],
  ])('[%s] “%s” names its source, no background: it tells the dead and the injured', (lang, text, kinds) => {
    expect(candidatesOfSentence(lang, { text }).map((c) => c.kind)).toEqual(kinds);
  });

  it('is still reported when the sentence reports nothing after it', () => {
    expect(
      candidatesOfSentence('de', { text: 'Nach Angaben der Polizei wurden 12 Menschen getötet.' }).map(
        (c) => c.kind,
      ),
    ).toEqual(['death']);
  });
});
