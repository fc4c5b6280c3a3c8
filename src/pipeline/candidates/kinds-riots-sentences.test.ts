/**
 * Riots told as "there had been riots", sentences told as jail terms imposed, vows, a mosque
 * pelted, and riots named again "during" another happening, in English, Dutch and German: the
 * lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, candidatesOfSentence, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const DRUMMOND: MentionSpec = ['Derek Drummond', 'unknown', 'name:derek-drummond'];
const STARMER: MentionSpec = ['Keir Starmer', 'actor', 'starmer'];

describe('a riot, a sentence or a pledge gets its kind and title', () => {
  it.each<[string, string, MentionSpec[], string, string]>([
    ['en', 'Saturday there had been riots in several towns.', [], 'riot', 'Riots'],
    [
      'en',
      'Wednesday Derek Drummond, 58, was jailed for three years.',
      [DRUMMOND],
      'verdict',
      'Derek Drummond sentenced',
    ],
    [
      'nl',
      'Woensdag legde een rechter Derek Drummond drie jaar cel op.',
      [DRUMMOND],
      'verdict',
      'Derek Drummond sentenced',
    ],
    [
      'nl',
      'Woensdag legde de rechter hem een celstraf van drie jaar op.',
      [],
      'verdict',
      'Court passes sentence',
    ],
    [
      'de',
      'Mittwoch verhängte ein Gericht in Liverpool gegen Derek Drummond eine Haftstrafe von drei Jahren.',
      [DRUMMOND],
      'verdict',
      'Derek Drummond sentenced',
    ],
    [
      'en',
      'Sunday Keir Starmer vowed a tough response.',
      [STARMER],
      'statement',
      'Keir Starmer makes a statement',
    ],
    [
      'nl',
      'Dinsdag bekogelden honderden relschoppers een moskee met stenen.',
      [],
      'pelted',
      'Crowd pelts mosque',
    ],
    ['de', 'Dienstag bewarfen Randalierer eine Moschee mit Steinen.', [], 'pelted', 'Crowd pelts mosque'],
  ])('[%s] “%s” → %s', (lang, text, mentions, kind, title) => {
    expect(kindsAndTitles(lang, text, '2024-08-07', mentions)).toContainEqual({ kind, title });
  });
});

describe('a vow a speaker makes is his statement', () => {
  it.each([
    ['en', 'Keir Starmer vowed on Sunday a tough response.', 'on Sunday'],
    ['en', 'Hezbollah blamed Israel for the attacks and vowed on Tuesday to retaliate.', 'on Tuesday'],
    ['nl', 'Keir Starmer zwoer zondag dat de relschoppers spijt zullen krijgen.', 'zondag'],
    ['de', 'Keir Starmer schwor am Sonntag ein hartes Durchgreifen.', 'am Sonntag'],
  ])('[%s] “%s” is a statement', (lang, text, time) => {
    const kinds = candidatesOfSentence(lang, {
      text,
      times: [day('2024-08-04', time)],
      mentions: text.startsWith('Keir') ? [STARMER] : [['Hezbollah', 'actor', 'hezbollah']],
    }).map((c) => c.kind);
    expect(kinds).toEqual(['statement']);
  });
});

describe('a riot named again during a sentence reported is no riot of the sentence', () => {
  it.each([
    [
      'nl',
      'Woensdag legde een rechter Derek Drummond drie jaar cel op; hij had tijdens de rellen een agent geslagen.',
    ],
    [
      'en',
      'Wednesday Derek Drummond was jailed for three years; he had punched an officer during the riots.',
    ],
    [
      'de',
      'Mittwoch wurde Derek Drummond verurteilt, weil er während der Krawalle einen Polizisten geschlagen hatte.',
    ],
  ])('[%s] “%s” tells the sentence only', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-08-07', [DRUMMOND]).map((k) => k.kind)).toEqual(['verdict']);
  });
});

describe('girls and boys are counted as people', () => {
  it.each([
    ['en', 'Monday three girls were killed in a knife attack.', ['3 people killed']],
    ['nl', 'Maandag kwamen drie meisjes om het leven bij een steekpartij.', ['3 people killed']],
    ['de', 'Montag wurden bei dem Angriff drei Mädchen getötet.', ['3 people killed']],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    const figures = candidatesOf(lang, text, '2024-07-29').flatMap((c) =>
      c.figures.map((f) => `${f.value} ${f.counts}`),
    );
    expect(figures).toEqual(expected);
  });
});
