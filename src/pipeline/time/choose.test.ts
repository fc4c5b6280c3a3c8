import { describe, expect, it } from 'vitest';
import { chooseTimex } from './choose.ts';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

describe('the expression that dates what a sentence reports', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan — 2,500 of whom arrived in the country on Thursday.',
      'Friday',
    ],
    [
      'en',
      'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
      'Friday morning',
    ],
    ['en', 'Foreigners are currently not allowed in since Friday.', 'Friday'],
    [
      'nl',
      'De Amerikaanse minister Antony Blinken zei vrijdag tijdens een persconferentie dat de Verenigde Staten meer willen weten – donderdag kwamen 2.500 van hen in het land aan.',
      'vrijdag',
    ],
    ['de', 'Tokajew sagte am Freitag, dass die Truppen am Donnerstag angekommen seien.', 'Freitag'],
    // A relative clause set off by commas ends at the next one: the main clause goes on after it.
    [
      'en',
      'The boat, which had left the Libyan port of Zuwara late on Monday, overturned at around 4 a.m. south-west of Lampedusa.',
      '4 a.m.',
    ],
    [
      'en',
      'Opposition leader Levan Beridze, who was arrested on Tuesday morning, was ordered by a court on Thursday to be held for two months.',
      'Thursday',
    ],
    [
      'de',
      'Das Boot, das am Montag in Zuwara abgelegt hatte, kenterte am Mittwoch gegen 4 Uhr vor Lampedusa.',
      'Mittwoch',
    ],
    [
      'nl',
      'Oppositieleider Levan Beridze, die dinsdagochtend werd opgepakt, moet van de rechter donderdag twee maanden vast blijven.',
      'donderdag',
    ],
    ['en', 'Police arrested a man on Friday who had attacked a guard on Thursday.', 'Friday'],
    // The hour within the night tells on which of its two days.
    [
      'nl',
      'De brand brak in de nacht van dinsdag op woensdag rond 01.00 uur Londense tijd (02.00 uur Nederlandse tijd) uit in de woontoren van 24 verdiepingen in de wijk North Kensington.',
      '01.00 uur',
    ],
    ['de', 'Das Feuer brach in der Nacht zum Mittwoch gegen 1 Uhr im vierten Stock aus.', '1 Uhr'],
  ])('[%s] “%s” is dated by “%s”', (lang, sentence, expected) => {
    const timexes = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    expect(chooseTimex(lang, sentence, timexes)?.text).toBe(expected);
  });

  it.each<[Lang, string]>([
    ['en', 'The carmaker will cut more than 35,000 jobs in Germany by 2030.'],
    ['nl', 'De autofabrikant schrapt tot 2030 ruim 35.000 banen in Duitsland.'],
    ['de', 'Bis Ende 2025 soll die Fertigung im Werk eingestellt werden.'],
  ])('[%s] “%s”: a year given as a deadline dates nothing the sentence reports', (lang, sentence) => {
    expect(
      chooseTimex(lang, sentence, extractTimexes(sentence, { lang, dct: '2024-12-20' })),
    ).toBeUndefined();
  });

  it.each<[Lang, string, string | undefined]>([
    ['en', 'Mayor Femke Halsema said the city had banned demonstrations for the weekend.', undefined],
    ['de', 'Die Stadt hatte Kundgebungen für das Wochenende verboten.', undefined],
    ['en', 'A rally is planned for the weekend.', 'the weekend'],
    ['en', 'Protests spread over the weekend.', 'the weekend'],
  ])('[%s] “%s”: a weekend something was done for dates only a plan', (lang, sentence, expected) => {
    expect(chooseTimex(lang, sentence, extractTimexes(sentence, { lang, dct: '2024-11-08' }))?.text).toBe(
      expected,
    );
  });

  it('finds nothing to date a sentence with only a duration', () => {
    const sentence = 'Violent protests have been going on for days.';
    expect(
      chooseTimex('en', sentence, extractTimexes(sentence, { lang: 'en', dct: '2022-01-08' })),
    ).toBeUndefined();
  });
});
