/** A government that falls is no one's resignation, and a resignation handed to a head of state is the one who hands it in. */
import { describe, expect, it } from 'vitest';
import { article, candidatesOf, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const RUTTE: MentionSpec = ['Rutte', 'actor', 'name:mark-rutte'];
const KING: MentionSpec = ['Willem-Alexander', 'actor', 'name:willem-alexander'];

describe('a government that falls', () => {
  it.each([
    ['nl', 'Vrijdagavond is het kabinet gevallen.'],
    ['en', 'Friday the coalition collapsed over migration.'],
    ['de', 'Am Freitag ist die Koalition zerbrochen.'],
    ['en', 'Friday: his fourth government fell after the four coalition parties failed to agree.'],
    ['nl', 'Vrijdagavond: het vierde kabinet van premier Mark Rutte is gevallen.'],
    [
      'de',
      'Freitag: die Koalition aus vier Parteien war nach monatelangem Streit über die Asylpolitik zerbrochen.',
    ],
  ])('[%s] “%s” is a government collapse, not a resignation', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-07-07')).toEqual([
      { kind: 'government-collapse', title: 'Government collapses' },
    ]);
  });
});

describe('a resignation handed to the head of state', () => {
  it.each([
    ['en', 'Saturday: Rutte offered his cabinet’s resignation to King Willem-Alexander.'],
    ['nl', 'Vanochtend bood Rutte in Den Haag het ontslag van het kabinet aan bij koning Willem-Alexander.'],
    ['de', 'Am Samstag reichte Rutte bei König Willem-Alexander den Rücktritt seines Kabinetts ein.'],
  ])('[%s] “%s” is the resignation of the one who hands it in', (lang, text) => {
    const [resignation, ...others] = candidatesOf(lang, text, '2023-07-08', [RUTTE, KING]);
    expect(others).toEqual([]);
    expect(resignation?.kind).toBe('resignation');
    expect(resignation?.patient).toBe('name:mark-rutte');
  });
});

describe('a person named by age', () => {
  const named = (lang: string, first: string, second: string, mentions: MentionSpec[]) =>
    extractCandidates(
      article('doc', lang, [
        { text: first, mentions, paragraph: 'p1' },
        { text: second, times: [day('2023-07-10', second.split(' ')[0])], paragraph: 'p1' },
      ]),
    ).filter((c) => c.sentence.text === second);

  it('“Das kündigte der 56-Jährige am Montag an” is said by the person of the sentence before', () => {
    const [said] = named(
      'de',
      'Ministerpräsident Mark Rutte zieht sich aus der Politik zurück.',
      'Das kündigte der 56-Jährige am Montag in Den Haag an.',
      [['Mark Rutte', 'actor', 'name:mark-rutte']],
    );
    expect(said?.actors).toEqual(['name:mark-rutte']);
  });

  it('“Police arrested a 46-year-old man” arrests someone new, not the person of the sentence before', () => {
    const [arrest] = named(
      'en',
      'Prime Minister Kyriakos Mitsotakis visited the island.',
      'Tuesday: police arrested a 46-year-old man on suspicion of arson.',
      [['Kyriakos Mitsotakis', 'actor', 'name:kyriakos-mitsotakis']],
    );
    expect(arrest?.kind).toBe('arrest');
    expect(arrest?.actors).toEqual([]);
  });
});
