/**
 * Wordings of resignations, expulsions, remands and truces that an unseen story (Peru, December
 * 2022) used and the lexicon (data/event-lexicon.json) missed or misread, read through the
 * candidate stage: a plural German "traten … zurück", a Dutch envoy "uitgezet", a German judge who
 * "ordnete … Untersuchungshaft an", a heritage site closed, asylum granted, a parliament that votes a president out ("voted to remove", "setzte …
 * ab"), a truce only called for, a resignation refused.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const CORREA: MentionSpec = ['Patricia Correa', 'unknown'];
const PEREZ: MentionSpec = ['Jair Pérez', 'unknown'];
const CASTILLO: MentionSpec = ['Pedro Castillo', 'unknown'];
const MACHU_PICCHU: MentionSpec = ['Machu Picchu', 'place', 'machu-picchu'];

describe('a sentence in one of the added wordings gets its kind and title', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'de',
      'Freitag traten Bildungsministerin Patricia Correa und Kulturminister Jair Pérez zurück.',
      'resignation',
      'Patricia Correa and Jair Pérez resign',
      [CORREA, PEREZ],
    ],
    [
      'nl',
      'Dinsdag heeft Peru de Mexicaanse ambassadeur uitgezet.',
      'expulsion',
      'Peru expels diplomats',
      [['Peru', 'place', 'peru']],
    ],
    [
      'nl',
      'Dinsdag zette de regering de Mexicaanse ambassadeur het land uit.',
      'expulsion',
      'Diplomats expelled',
      [],
    ],
    [
      'de',
      'Donnerstag ordnete ein Richter in Lima 18 Monate Untersuchungshaft für Pedro Castillo an.',
      'arrest',
      'Suspect remanded in custody',
      [CASTILLO],
    ],
    [
      'de',
      'Donnerstag wurde für den Ex-Präsidenten Untersuchungshaft angeordnet.',
      'arrest',
      'Suspect remanded in custody',
      [],
    ],
    [
      'en',
      "Wednesday Peru's Congress voted to remove President Pedro Castillo from office.",
      'coup',
      'Pedro Castillo ousted',
      [CASTILLO],
    ],
    [
      'en',
      'Wednesday lawmakers met anyway and voted 101 to 6, with 10 abstentions, to remove him for "permanent moral incapacity".',
      'coup',
      'Coup',
      [],
    ],
    [
      'de',
      'Mittwoch setzte der Kongress den Präsidenten Pedro Castillo ab.',
      'coup',
      'Pedro Castillo ousted',
      [CASTILLO],
    ],
    [
      'en',
      'Saturday the Ministry of Culture closed the Inca citadel of Machu Picchu until further notice.',
      'closure',
      'Machu Picchu closed',
      [MACHU_PICCHU],
    ],
    [
      'nl',
      'Zaterdag werd de ruïnestad Machu Picchu gesloten.',
      'closure',
      'Machu Picchu closed',
      [MACHU_PICCHU],
    ],
    [
      'de',
      'Samstag wurde die Ruinenstadt Machu Picchu geschlossen.',
      'closure',
      'Machu Picchu closed',
      [MACHU_PICCHU],
    ],
    [
      'nl',
      'Dinsdag verleende Spanje hem asiel.',
      'asylum',
      'Spain grants asylum',
      [['Spanje', 'place', 'spain']],
    ],
    [
      'en',
      "Tuesday Mexico granted asylum to Castillo's wife and children.",
      'asylum',
      'Mexico grants asylum',
      [['Mexico', 'place', 'mexico']],
    ],
    [
      'nl',
      'Dinsdag bevestigde de minister dat het gezin asiel heeft gekregen.',
      'asylum',
      'Asylum granted',
      [],
    ],
  ])('[%s] “%s” is a %s titled “%s”', (lang, text, kind, title, mentions) => {
    const found = kindsAndTitles(lang, text, '2022-12-16', mentions);
    expect(found.filter((c) => c.kind === kind).map((c) => c.title)).toEqual([title]);
  });
});

describe('a truce called for is no truce agreed, a resignation refused is none given', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Wednesday Vice President Dina Boluarte called for a political truce.',
      'ceasefire',
      [['Dina Boluarte', 'unknown']],
    ],
    ['de', 'Mittwoch forderte der Papst eine Waffenruhe.', 'ceasefire', []],
    ['nl', 'Woensdag riep de secretaris-generaal op tot een wapenstilstand.', 'ceasefire', []],
    ['en', 'Saturday Dina Boluarte refused a resignation.', 'resignation', [['Dina Boluarte', 'unknown']]],
    ['nl', 'Zaterdag weigerde de president af te treden.', 'resignation', []],
  ])('[%s] “%s” is no %s', (lang, text, kind, mentions) => {
    const found = kindsAndTitles(lang, text, '2022-12-07', mentions);
    expect(found.filter((c) => c.kind === kind)).toEqual([]);
  });
});
