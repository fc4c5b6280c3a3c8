/** A happening named in general ("any attack") or feared ("uit vrees voor een aanval") is no event. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MACRON: MentionSpec = ['Emmanuel Macron', 'actor', 'macron'];
const NIGER: MentionSpec = ['Niger', 'place', 'niger'];

describe('a happening that may come is no event', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      "an English 'any attack against France would be met' is Macron's warning, not an attack",
      'en',
      'Emmanuel Macron warned on Sunday that any attack against France and its interests would be met with an immediate response.',
      [MACRON],
      ['statement'],
    ],
    [
      "an English 'any military intervention in Niger' is a warning, not an intervention",
      'en',
      'Emmanuel Macron said on Monday that any military intervention in Niger would be considered a declaration of war.',
      [MACRON, NIGER],
      ['statement'],
    ],
    [
      "a Dutch 'in staat tot een aanslag' tells what a 'Gefährder' could do, not an attack",
      'nl',
      "De minister Ralf Jäger zei vandaag dat de man bekend stond als 'Gefährder', iemand die in staat wordt geacht tot een aanslag.",
      [['Ralf Jäger', 'actor', 'ralf-jaeger']],
      ['statement'],
    ],
    [
      "an English 'capable of an attack' is no attack",
      'en',
      'The minister Ralf Jäger said on Wednesday that the man was considered capable of an attack.',
      [['Ralf Jäger', 'actor', 'ralf-jaeger']],
      ['statement'],
    ],
    [
      "a German 'zu einem Anschlag fähig' is no attack",
      'de',
      'Der Minister Ralf Jäger sagte am Mittwoch, der Mann gelte als zu einem Anschlag fähig.',
      [['Ralf Jäger', 'actor', 'ralf-jaeger']],
      ['statement'],
    ],
    [
      "a German 'jeden Angriff' is a threat, not an attack",
      'de',
      'Emmanuel Macron drohte am Sonntag, jeden Angriff auf Franzosen sofort zu beantworten.',
      [MACRON],
      [],
    ],
    [
      "a German 'falls … angegriffen würden' is a threat, not an attack",
      'de',
      'Emmanuel Macron drohte am Sonntag mit einer Reaktion, falls französische Staatsbürger oder Interessen angegriffen würden.',
      [MACRON],
      [],
    ],
    [
      "a German condition in reported speech, 'wenn sie nicht einer geheimen Beerdigung zustimme', reports no funeral",
      'de',
      'Am Donnerstag hatte Emmanuel Macron gesagt, die Ermittler drohten, wenn sie nicht einer geheimen Beerdigung zustimme.',
      [MACRON],
      ['statement'],
    ],
    [
      "a German 'als … beigesetzt wurde' is no condition: the funeral took place",
      'de',
      'Emmanuel Macron war in Paris, als der Präsident am Freitag beigesetzt wurde.',
      [MACRON],
      ['funeral'],
    ],
    [
      "a Dutch 'uit vrees voor een aanval' closes the airspace and reports no attack",
      'nl',
      'De militairen sloten zondagavond het luchtruim van Niger, uit vrees voor een aanval.',
      [NIGER],
      ['airspace-closure'],
    ],
    [
      "an English 'he had fled to avoid bloodshed' reports his flight, not bloodshed",
      'en',
      'In a post on Facebook, Emmanuel Macron said he had fled to avoid bloodshed.',
      [MACRON],
      ['exile'],
    ],
    [
      "a Dutch 'om een bloedbad te voorkomen' reports no massacre",
      'nl',
      'Emmanuel Macron zei zondag dat de militairen Niger verlieten om een bloedbad te voorkomen.',
      [MACRON, NIGER],
      ['statement'],
    ],
    [
      "a German 'um Plünderungen zu verhindern' reports no looting",
      'de',
      'Die Kämpfer seien in die Stadt eingerückt, um Plünderungen zu verhindern, sagte Emmanuel Macron.',
      [MACRON],
      ['capture'],
    ],
    [
      "an English 'his decision to withdraw' is what he said, no withdrawal that day",
      'en',
      'Emmanuel Macron said on Monday that he stood squarely behind his decision to withdraw the troops from Niger.',
      [MACRON, NIGER],
      ['statement'],
    ],
    [
      "'the attack on the French embassy' is still an attack",
      'en',
      'Thousands of protesters attacked the French embassy in Niger on Sunday.',
      [NIGER],
      ['attack'],
    ],
  ])('%s', (_name, lang, text, mentions, kinds) => {
    expect(kindsAndTitles(lang, text, '2023-07-31', mentions).map((c) => c.kind)).toEqual(kinds);
  });
});

describe('a happening asked about is no event', () => {
  it.each<[string, string]>([
    ['nl', 'Of de stoffelijke overschotten geborgen kunnen worden, is onduidelijk.'],
    ['en', 'Whether the bodies can be recovered from the seabed is unclear.'],
    ['de', 'Es ist unklar, ob die Leichen der Insassen geborgen werden.'],
    ['nl', 'Het is nog onduidelijk of er doden zijn gevallen.'],
  ])('in %s, “%s” reports no death or recovery', (lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2023-06-22').map((k) => k.kind);
    expect(kinds).not.toContain('death');
    expect(kinds).not.toContain('recovery');
  });

  it('a Dutch “of” that means “or” still reports: “vijf of zes mensen kwamen om het leven”', () => {
    const kinds = kindsAndTitles('nl', 'Bij de aanval kwamen vijf of zes mensen om het leven.', '2023-06-22');
    expect(kinds.map((k) => k.kind)).toContain('death');
  });
});

describe('a happening judged unlikely or ruled out in its own clause is no event', () => {
  it.each<[string, string, string[]]>([
    ['de', 'Ein Terroranschlag gilt nach Angaben der französischen Regierung als unwahrscheinlich.', []],
    ['en', 'A terrorist attack is unlikely, the French government said on Tuesday.', ['statement']],
    ['nl', 'Een terroristische aanslag wordt door de Franse regering uitgesloten.', []],
  ])('%s: “%s” reports no attack', (lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2015-03-24').map((c) => c.kind)).toEqual(kinds);
  });

  it('an attack “unlikely to” change anything still took place', () => {
    const text = 'The attack on Tuesday is unlikely to change the talks.';
    expect(kindsAndTitles('en', text, '2015-03-24').map((c) => c.kind)).toContain('attack');
  });
});
