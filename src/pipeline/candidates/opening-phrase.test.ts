/**
 * A sentence that opens with a phrase of occasion ("Bei einem Gipfel der …", "In een toespraak tot
 * …", "At a news conference on Tuesday, …"): the speaker is the one who speaks after it, not a name
 * in the phrase, and the statement is told by its verb, not by the occasion's noun.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, type MentionSpec } from './test-helpers.ts';

const RUTO: MentionSpec = ['Ruto', 'unknown', 'name:ruto'];
const UNION: MentionSpec = ['Afrikanischen Union', 'actor', 'african-union'];

function statementTitles(lang: string, text: string, mentions: MentionSpec[]): string[] {
  return candidatesOfSentence(lang, { text, mentions })
    .filter((c) => c.kind === 'statement')
    .map((c) => c.title);
}

describe('the speaker of a sentence opening with a phrase of occasion', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'de',
      'Bei einem Gipfel der Afrikanischen Union sagte Ruto, Kämpfer hätten die Macht ergreifen wollen.',
      'Ruto',
      [UNION, RUTO],
    ],
    [
      'nl',
      'In een toespraak tot het parlement kondigde Ruto aan dat de troepen over twee dagen vertrekken.',
      'Ruto',
      [RUTO],
    ],
    [
      'nl',
      'Tijdens een bezoek aan de Afrikaanse Unie zei Ruto dat de troepen blijven.',
      'Ruto',
      [['Afrikaanse Unie', 'actor', 'african-union'], RUTO],
    ],
    ['en', 'At a news conference, President Ruto said the bill would be withdrawn.', 'Ruto', [RUTO]],
  ])('[%s] “%s” is told by %s', (lang, text, speaker, mentions) => {
    expect(statementTitles(lang, text, mentions)).toEqual([`${speaker} makes a statement`]);
  });
});

describe('a name before the verb is still its subject without an opening phrase', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'de',
      'Die Afrikanische Union sagte, Ruto habe die Macht verloren.',
      'African Union',
      [['Afrikanische Union', 'actor', 'african-union'], RUTO],
    ],
    [
      'en',
      'In a statement Odinga said Ruto would lose.',
      'Odinga',
      [['Odinga', 'unknown', 'name:odinga'], RUTO],
    ],
  ])('[%s] “%s” is told by %s', (lang, text, speaker, mentions) => {
    expect(statementTitles(lang, text, mentions)).toEqual([`${speaker} makes a statement`]);
  });
});
