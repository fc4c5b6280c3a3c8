/**
 * Martial law declared, the parliament's vote to lift it and its lifting, told in English, Dutch
 * and German news of one night: three happenings, each with its own title.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const YOON: MentionSpec = ['Yoon', 'unknown', 'name:yoon-suk-yeol'];
const YOON_FULL: MentionSpec = ['Yoon Suk Yeol', 'unknown', 'name:yoon-suk-yeol'];

const kinds = (lang: string, text: string, mentions: MentionSpec[] = []) =>
  kindsAndTitles(lang, text, '2024-12-04', mentions);

describe('martial law declared', () => {
  it.each([
    [
      'en',
      'Yoon declared emergency martial law at about 10:25 p.m. on Tuesday, accusing the opposition of "anti-state activities".',
      [YOON],
    ],
    ['nl', 'Yoon kondigde dinsdagavond in een onverwachte televisietoespraak de staat van beleg af.', [YOON]],
    ['de', 'Yoon hatte am Dienstagabend überraschend das Kriegsrecht verhängt.', [YOON]],
  ])('[%s] “%s” is “Yoon declares martial law”', (lang, text, mentions) => {
    expect(kinds(lang, text, mentions)).toContainEqual({
      kind: 'emergency',
      title: expect.stringMatching(/^Yoon( Suk Yeol)? declares martial law$/),
    });
  });

  it('a state of emergency stays one: “declared a state of emergency in 34 counties”', () => {
    expect(
      kinds('en', 'On Wednesday, Governor Maria Delgado declared a state of emergency in 34 counties.'),
    ).toContainEqual({ kind: 'emergency', title: 'State of emergency declared' });
  });
});

describe('the parliament votes to lift it', () => {
  it.each([
    ['en', 'Shortly after 1 a.m. on Wednesday, 190 of the 300 lawmakers voted to lift martial law.'],
    ['nl', 'Zij stemden unaniem voor het intrekken van de staat van beleg.'],
    ['de', 'Nur wenige Stunden später stimmten 190 Abgeordnete für die Aufhebung des Kriegsrechts.'],
  ])('[%s] “%s” is the vote, not the lifting', (lang, text) => {
    expect(kinds(lang, text)).toEqual([
      { kind: 'lifting-vote', title: 'Parliament votes to lift martial law' },
    ]);
  });
});

describe('martial law lifted', () => {
  it.each([
    ['en', 'South Korean President Yoon Suk Yeol lifted martial law early on Wednesday.', [YOON_FULL]],
    [
      'nl',
      'De Zuid-Koreaanse president Yoon Suk Yeol heeft de staat van beleg die hij gisteravond afkondigde weer ingetrokken.',
      [YOON_FULL],
    ],
    ['de', 'In der Nacht zum Mittwoch hob Yoon das Kriegsrecht wieder auf.', [YOON]],
  ])('[%s] “%s” is the lifting, not a declaration', (lang, text, mentions) => {
    const found = kinds(lang, text, mentions);
    expect(found[0]).toEqual({ kind: 'emergency-lifted', title: 'Yoon Suk Yeol lifts martial law' });
    expect(found.map((k) => k.kind)).not.toContain('emergency');
  });

  it('“said … he would lift martial law” is his announcement, not the lifting', () => {
    expect(
      kinds(
        'en',
        'At about 4:30 a.m., Yoon said in another televised address that he would lift martial law.',
        [YOON],
      ),
    ).toEqual([{ kind: 'statement', title: 'Yoon says martial law will be lifted' }]);
  });
});
