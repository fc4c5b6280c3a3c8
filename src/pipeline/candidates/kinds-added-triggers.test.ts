/**
 * Dutch and German wordings of evacuations, visits, deaths and declared disasters that unseen
 * articles used and the lexicon (data/event-lexicon.json) missed, read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const UTRECHT: MentionSpec = ['Utrecht', 'place', 'utrecht'];
const ROTTERDAM: MentionSpec = ['Rotterdam', 'place', 'rotterdam'];
const PASSAU: MentionSpec = ['Passau', 'place', 'passau'];

describe('a sentence in one of the added wordings gets its kind and title', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'nl',
      'Maandag werd het station in Utrecht ontruimd na een bommelding.',
      'evacuation',
      'Evacuation from Utrecht',
      [UTRECHT],
    ],
    [
      'nl',
      'Maandag ontruimde de politie 40 woningen in Utrecht.',
      'evacuation',
      'Evacuation from Utrecht',
      [UTRECHT],
    ],
    ['nl', 'Dinsdag bracht de koning een bezoek aan Rotterdam.', 'visit', 'Official visit', [ROTTERDAM]],
    [
      'nl',
      'Dinsdag bracht de premier een kort bezoek aan de haven van Rotterdam.',
      'visit',
      'Official visit',
      [ROTTERDAM],
    ],
    ['de', 'Montag starb ein 80-jähriger Mann in Passau.', 'death', 'Deaths in Passau', [PASSAU]],
    [
      'de',
      'Montag hat das Hochwasser in Passau drei Menschen das Leben gekostet.',
      'death',
      '3 people killed',
      [PASSAU],
    ],
    ['de', 'Montag kostete der Sturm zwei Menschen das Leben.', 'death', '2 people killed', []],
    ['de', 'Mittwoch wurden 200 Bewohner in Sicherheit gebracht.', 'evacuation', '200 people evacuated', []],
    [
      'de',
      'Mittwoch wurden in Passau 200 Bewohner in Sicherheit gebracht.',
      'evacuation',
      '200 people evacuated from Passau',
      [PASSAU],
    ],
    [
      'de',
      'Donnerstag hat der Landkreis Passau den Katastrophenfall ausgerufen.',
      'emergency',
      'Emergency declared',
      [PASSAU],
    ],
    [
      'de',
      'Donnerstag rief die Stadt Passau den Katastrophenfall aus.',
      'emergency',
      'Emergency declared',
      [PASSAU],
    ],
    [
      'de',
      'Donnerstag riefen mehrere Landkreise den Katastrophenfall aus.',
      'emergency',
      'Emergency declared',
      [],
    ],
    [
      'en',
      'The cabinet ordered port officials who had overseen storage since 2014 to be put under house arrest.',
      'arrest',
      'Placed under house arrest',
      [],
    ],
    [
      'nl',
      'Woensdag besloot de regering dat havenfunctionarissen onder huisarrest moeten worden geplaatst.',
      'arrest',
      'Placed under house arrest',
      [],
    ],
    [
      'de',
      'Am Mittwoch wurden mehrere Hafenbeamte unter Hausarrest gestellt.',
      'arrest',
      'Placed under house arrest',
      [],
    ],
    [
      'de',
      'Sechs Tage nach der Explosion ist die libanesische Regierung zurückgetreten.',
      'resignation',
      'Government resigns',
      [],
    ],
    [
      'nl',
      'Zes dagen na de explosie is de Libanese regering afgetreden.',
      'resignation',
      'Government resigns',
      [],
    ],
    [
      'en',
      'On Monday the Lebanese government resigned after days of protests.',
      'resignation',
      'Government resigns',
      [],
    ],
    [
      'de',
      'Nach tagelangen Protesten ist die Regierung in Kasachstan am Mittwoch zurückgetreten.',
      'resignation',
      'Government resigns',
      [],
    ],
    [
      'de',
      'Die Regierung hatte bereits am Mittwoch ihren Rücktritt eingereicht.',
      'resignation',
      'Government resigns',
      [],
    ],
    ['nl', 'Woensdag diende de regering haar ontslag in.', 'resignation', 'Government resigns', []],
    [
      'en',
      "On Wednesday Tokayev accepted the government's resignation.",
      'resignation',
      'Government resigns',
      [],
    ],
    [
      'en',
      'On Tuesday, the parliament confirmed Alikhan Smailov as the new Prime Minister.',
      'appointment',
      'Alikhan Smailov appointed prime minister',
      [['Alikhan Smailov', 'actor', 'alikhan-smailov']],
    ],
    [
      'nl',
      'Dinsdag werd Alikhan Smailov door het parlement bevestigd als nieuwe premier.',
      'appointment',
      'Alikhan Smailov appointed prime minister',
      [['Alikhan Smailov', 'actor', 'alikhan-smailov']],
    ],
    [
      'de',
      'Am Dienstag wählte das Parlament Alichan Smailow zum neuen Ministerpräsidenten.',
      'appointment',
      'Alichan Smailow appointed prime minister',
      [['Alichan Smailow', 'actor', 'alichan-smailow']],
    ],
  ])('in %s, “%s” is a report of %s titled “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-03-10', mentions)).toContainEqual({ kind, title });
  });
});

const TBILISI: MentionSpec = ['Tbilisi', 'place', 'tbilisi'];

describe('protests and resignations in the wordings a Georgian story used', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'Thousands of people demonstrated again in front of the parliament in Tbilisi on Saturday evening.',
      'protest',
      'Protests in Tbilisi',
      [TBILISI],
    ],
    ['nl', 'In Tbilisi werd zaterdag opnieuw gedemonstreerd.', 'protest', 'Protests in Tbilisi', [TBILISI]],
    ['nl', 'Vrijdag traden meerdere ambassadeurs af uit protest.', 'resignation', 'Diplomats resign', []],
  ])('in %s, “%s” is a report of %s titled “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-12-15', mentions)).toContainEqual({ kind, title });
  });

  it('a striker who was elected is a footballer, not a strike', () => {
    const text = 'On Saturday an electoral college elected the former Manchester City striker as president.';
    expect(kindsAndTitles('en', text, '2024-12-15').map((c) => c.kind)).not.toContain('protest');
  });
});

describe('an appointment confirmed as new needs a person confirmed', () => {
  it('“the court confirmed the sentence as the new standard” appoints no one', () => {
    const text = 'On Tuesday the court confirmed the sentence as the new standard.';
    expect(kindsAndTitles('en', text, '2022-01-11').map((c) => c.kind)).not.toContain('appointment');
  });
});

describe('people shot dead are killed', () => {
  it.each<[string, string]>([
    ['en', 'On Wednesday police shot dead dozens of protesters in Almaty.'],
    ['en', 'On Wednesday a police officer shot and killed a 17-year-old driver in Nanterre.'],
    ['en', 'On Wednesday gunmen gunned down six people at a checkpoint.'],
  ])('[%s] “%s” reports deaths', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-05').map((c) => c.kind)).toContain('death');
  });
});

describe('the Dutch separable "omkomen": "kwamen … om" reports deaths, "om te" a purpose', () => {
  it.each<[string, boolean]>([
    ['In Paiporta alleen al kwamen zeker 40 mensen om.', true],
    ['Daarbij kwamen in november vijftien mensen om.', true],
    ['Ze kwamen dinsdag vermoedelijk om door koolmonoxidevergiftiging.', true],
    ['Dinsdag kwamen werknemers in Minsk bijeen om te staken.', false],
  ])('“%s” reports deaths: %s', (text, deaths) => {
    expect(
      kindsAndTitles('nl', text, '2024-10-29')
        .map((c) => c.kind)
        .includes('death'),
    ).toBe(deaths);
  });
});
