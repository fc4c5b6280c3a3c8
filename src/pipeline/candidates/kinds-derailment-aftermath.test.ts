/**
 * The wordings of a chemical train derailment and what followed, in en, nl and de: the derailment
 * told by a past tense, the controlled burn of what the cars carried, the evacuation order lifted,
 * the clean-up ordered, a preliminary report; and animals that died, which are no toll of people.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const EAST_PALESTINE: MentionSpec = ['East Palestine', 'place', 'east-palestine'];
const EPA: MentionSpec = ['Environmental Protection Agency', 'actor', 'epa'];
const NORFOLK: MentionSpec = ['Norfolk Southern', 'actor', 'norfolk-southern'];
const DEWINE: MentionSpec = ['Mike DeWine', 'actor', 'mike-dewine'];

describe('a sentence of a derailment and its aftermath gets its kind and title', () => {
  it.each<[string, string, string, MentionSpec[], string, string]>([
    [
      'a Dutch “ontspoorde” is a crash',
      'nl',
      'De trein van spoorwegmaatschappij Norfolk Southern ontspoorde vrijdagavond vlak bij de grens.',
      [NORFOLK],
      'accident',
      'Crash',
    ],
    [
      'a German “entgleiste” is a crash',
      'de',
      'Der Güterzug entgleiste am Freitagabend in East Palestine.',
      [EAST_PALESTINE],
      'accident',
      'Crash in East Palestine',
    ],
    [
      'a German chemical “in einen Graben geleitet, wo es angezündet wurde” is the controlled burn, no arson',
      'de',
      'Einsatzkräfte hatten die Waggons zuvor angebohrt und das Vinylchlorid in einen Graben geleitet, wo es angezündet wurde.',
      [],
      'controlled-burn',
      'Controlled burn',
    ],
    [
      'an English chemical drained “into a trench, where it was set alight” is the controlled burn',
      'en',
      'Crews cut into the tank cars and drained the chemical into a trench, where it was set alight shortly after 4:30 p.m., officials said.',
      [],
      'controlled-burn',
      'Controlled burn',
    ],
    [
      'an English “controlled release … burned it off” is a controlled burn',
      'en',
      'Officials on Monday carried out a controlled release of toxic vinyl chloride and burned it off, sending a black plume over East Palestine.',
      [EAST_PALESTINE],
      'controlled-burn',
      'Controlled burn in East Palestine',
    ],
    [
      'a German “kontrolliert abgebrannt” is a controlled burn',
      'de',
      'Die Behörden haben am Montagabend giftige Chemikalien aus fünf Kesselwagen kontrolliert abgebrannt.',
      [],
      'controlled-burn',
      'Controlled burn',
    ],
    [
      'a Dutch “gecontroleerd … in brand” is a controlled burn, no arson',
      'nl',
      'Maandag lieten ze de stof daarom gecontroleerd weglopen en staken ze die in brand.',
      [],
      'controlled-burn',
      'Controlled burn',
    ],
    [
      'an English “lifted the evacuation order” is the order lifted',
      'en',
      'Governor Mike DeWine lifted the evacuation order for East Palestine on Wednesday.',
      [DEWINE, EAST_PALESTINE],
      'evacuation-lifted',
      'Mike DeWine lifts the evacuation order in East Palestine',
    ],
    [
      'a Dutch “evacuatiebevel … opgeheven” is the order lifted',
      'nl',
      'De autoriteiten hebben het evacuatiebevel woensdag opgeheven.',
      [],
      'evacuation-lifted',
      'Evacuation order lifted',
    ],
    [
      'an English “ordered … to clean up” is a clean-up ordered of the one it orders',
      'en',
      'The Environmental Protection Agency ordered Norfolk Southern to clean up the contamination and pay for all of it.',
      [EPA, NORFOLK],
      'cleanup-ordered',
      'Environmental Protection Agency orders Norfolk Southern to pay for the clean-up',
    ],
    [
      'an English “said Thursday in a preliminary report” is a report published',
      'en',
      'The wheel bearing had overheated, federal investigators said Thursday in a preliminary report.',
      [],
      'report-published',
      'Preliminary report published',
    ],
  ])('%s', (_name, lang, text, mentions, kind, title) => {
    expect(kindsAndTitles(lang, text, '2023-02-23', mentions)).toContainEqual({ kind, title });
  });

  it.each([
    ['en', 'Ohio officials estimated that about 3,500 fish died in nearby streams.'],
    ['en', 'Some say that their chickens died.'],
  ])('[%s] “%s” tells animals dead, no toll of people', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-02-23').map((c) => c.kind)).not.toContain('death');
  });
});
