/**
 * A theft is a happening of its own in en, nl and de, titled by what was taken; a theft someone is
 * accused of, an election called stolen, data hackers took or words calling a decision theft are
 * no theft. Jewels still missing are no people missing; a museum closes and reopens; a director
 * heard by a senate committee testifies; a resignation offered and refused is titled as offered.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('thefts, closures and hearings', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'Thieves stole nine pieces of jewellery from the Louvre museum in Paris on Sunday morning.',
      'theft',
      'Jewels stolen in Paris',
      [['Paris', 'place', 'paris']],
    ],
    [
      'nl',
      'De juwelen die zondag uit het Louvre in Parijs zijn gestolen, zijn 88 miljoen euro waard.',
      'theft',
      'Jewels stolen in Paris',
      [['Parijs', 'place', 'paris']],
    ],
    [
      'de',
      'Am Sonntag erbeuteten Diebe in Dresden Schmuck im Wert von 100 Millionen Euro.',
      'theft',
      'Jewels stolen in Dresden',
      [['Dresden', 'place', 'dresden']],
    ],
    [
      'en',
      'On Saturday two paintings were stolen from a museum in Rotterdam.',
      'theft',
      'Theft in Rotterdam',
      [['Rotterdam', 'place', 'rotterdam']],
    ],
    [
      'en',
      "The Louvre, the world's most visited museum, closed for the day on Sunday.",
      'closure',
      'Museum closed',
      [],
    ],
    ['nl', 'Het museum ging woensdag weer open voor bezoekers.', 'reopening', 'Museum reopens', []],
    ['de', 'Am Mittwoch wurde das Museum wieder geöffnet.', 'reopening', 'Museum reopens', []],
    [
      'nl',
      'De directeur van het museum heeft woensdag in de Franse Senaat erkend dat het museum heeft gefaald.',
      'testimony',
      'Hearing held',
      [],
    ],
    [
      'de',
      'Die Direktorin hatte am Mittwoch vor dem Senat Sicherheitsmängel eingeräumt.',
      'testimony',
      'Hearing held',
      [],
    ],
    [
      'en',
      'On Wednesday the director told the Senate culture committee that the museum had failed.',
      'testimony',
      'Hearing held',
      [],
    ],
    [
      'nl',
      'Ze bood woensdag haar ontslag aan bij minister Jan Smit, maar die weigerde het.',
      'resignation',
      'Resignation offered',
      [['Jan Smit', 'unknown']],
    ],
    [
      'en',
      'On Wednesday Laurence des Cars offered her resignation to the culture minister, who refused it.',
      'resignation',
      'Laurence des Cars offers resignation',
      [['Laurence des Cars', 'actor', 'des-cars']],
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-10-22', mentions)).toContainEqual({ kind, title });
  });

  it.each<[string, string, string]>([
    ['de', 'Am Mittwoch wurde den Männern bandenmäßiger Diebstahl in Paris vorgeworfen.', 'theft'],
    ['en', 'On Monday the opposition said the election in Caracas was stolen.', 'theft'],
    ['nl', 'Hackers hebben dinsdag gegevens van 30.000 patiënten in Enschede buitgemaakt.', 'theft'],
    [
      'en',
      "On Friday Russia's foreign ministry condemned the decision in Moscow, calling it theft.",
      'theft',
    ],
    ['en', 'On Sunday officials said the jewels are still missing.', 'missing'],
    ['en', "On Sunday the world's most visited museum was evacuated.", 'visit'],
  ])('[%s] “%s” reports no %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2025-10-22').map((k) => k.kind)).not.toContain(kind);
  });
});
