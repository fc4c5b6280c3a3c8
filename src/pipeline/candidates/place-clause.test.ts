/** A happening in a clause that names a place by it ("the colony where Navalny died") is named, not reported. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const NAVALNY: MentionSpec = ['Navalny', 'actor', 'navalny'];
const NAWALNY: MentionSpec = ['Nawalny', 'actor', 'navalny'];
const SOLINGEN: MentionSpec = ['Solingen', 'place', 'solingen'];

describe('a place named by what happened there', () => {
  it.each<[string, string, string, string[], MentionSpec[], string[]]>([
    [
      "an English 'the penal colony where Navalny died' reports the sanctions, no second death",
      'en',
      'Britain had already imposed sanctions on Wednesday on six heads of the penal colony where Navalny died.',
      ['on Wednesday'],
      [NAVALNY],
      ['sanctions'],
    ],
    [
      "a Dutch 'het strafkamp waar Navalny overleed' reports the sanctions only",
      'nl',
      'Groot-Brittannië legde woensdag sancties op aan zes leiders van het strafkamp waar Navalny overleed.',
      ['woensdag'],
      [NAVALNY],
      ['sanctions'],
    ],
    [
      "a German 'das Straflager, in dem Nawalny starb' reports the sanctions only",
      'de',
      'Großbritannien verhängte am Mittwoch Sanktionen gegen sechs Leiter des Straflagers, in dem Nawalny starb.',
      ['am Mittwoch'],
      [NAWALNY],
      ['sanctions'],
    ],
    [
      "a clause with its own day still reports its happening: 'Solingen, where an attack killed three on Friday'",
      'en',
      'Olaf Scholz visited Solingen on Monday, where a knife attack killed three people on Friday.',
      ['on Monday', 'on Friday'],
      [SOLINGEN],
      ['death', 'visit'],
    ],
  ])('%s', (_name, lang, text, phrases, mentions, kinds) => {
    const times = phrases.map((phrase) => day('2024-02-21', phrase));
    const found = candidatesOfSentence(lang, { text, times, mentions }).map((c) => c.kind);
    expect(found.filter((k) => kinds.includes(k) || k === 'death')).toEqual(kinds);
  });
});

describe('a place described by what happened there, before the main clause', () => {
  it.each<[string, string, string, string[], MentionSpec[], string[]]>([
    [
      "'In the Negombo region, where in the church St. Sebastian the most people died, refugees … had to leave' reports no deaths",
      'en',
      'In the Negombo region, where in the church St. Sebastian the most people died, refugees from Pakistan had to leave their housings already earlier this week after threats.',
      ['earlier this week'],
      [['Negombo', 'place', 'negombo']],
      [],
    ],
    [
      "a Dutch 'In Negombo, waar de meeste mensen omkwamen, moesten vluchtelingen hun woningen verlaten' reports the leaving, no deaths",
      'nl',
      'In Negombo, waar de meeste mensen omkwamen, moesten vluchtelingen uit Pakistan deze week hun woningen verlaten.',
      ['deze week'],
      [['Negombo', 'place', 'negombo']],
      ['evacuation'],
    ],
    [
      "a German 'In Negombo, wo die meisten Menschen starben, mussten Flüchtlinge ihre Unterkünfte verlassen' reports the leaving, no deaths",
      'de',
      'In Negombo, wo die meisten Menschen starben, mussten Flüchtlinge aus Pakistan ihre Unterkünfte verlassen.',
      [],
      [['Negombo', 'place', 'negombo']],
      ['exodus'],
    ],
    [
      "a clause that counts its dead still reports them: 'In Negombo, where more than 100 people died, …'",
      'en',
      'In Negombo, where more than 100 people died, refugees from Pakistan had to leave their housings.',
      [],
      [['Negombo', 'place', 'negombo']],
      ['death'],
    ],
  ])('%s', (_name, lang, text, phrases, mentions, kinds) => {
    const times = phrases.map((phrase) => day('2019-04-26', phrase));
    const found = candidatesOfSentence(lang, { text, times, mentions }).map((c) => c.kind);
    expect(found).toEqual(kinds);
  });
});
