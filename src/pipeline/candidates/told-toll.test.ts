/**
 * A toll of happenings the story already told, named again ("in the two fires", "bij de branden",
 * "bei den Bränden"), is their running toll: a tally reaching back to the earliest day the article
 * dated a happening to, not the deaths of the week before the report.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../types.ts';
import { article, day } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';
import { deadOfToldHappening, tollOfToldHappenings, withTollOfToldHappening } from './told-toll.ts';

describe('a toll of happenings named again', () => {
  it.each<['en' | 'nl' | 'de', string, boolean]>([
    [
      'en',
      'At least 29 people were killed in the two fires, according to the Los Angeles County medical examiner.',
      true,
    ],
    ['en', 'At least 29 people were killed in the fires.', true],
    ['nl', 'Bij de branden kwamen zeker 29 mensen om het leven.', true],
    [
      'nl',
      'Door de overstromingen zijn aan beide kanten van de Dnjepr tientallen mensen om het leven gekomen.',
      true,
    ],
    ['de', 'Bei den Bränden starben mindestens 29 Menschen.', true],
    ['en', 'At least 29 people were killed in the past two weeks.', false],
    ['nl', 'Bij de dagen van onrust kwamen 29 mensen om.', false],
    ['de', 'In den vergangenen Tagen starben 29 Menschen.', false],
    ['en', 'Seventeen of them died in the Eaton Fire.', false],
    ['de', 'Bei der Flut kamen im Kreis Ahrweiler mindestens 141 Menschen ums Leben.', true],
    ['de', 'Bei der verheerenden Flut starben mindestens 141 Menschen.', true],
    ['de', 'Beim Hochwasser kamen elf Menschen ums Leben.', true],
    ['nl', 'Bij de overstroming kwamen elf mensen om het leven.', true],
    ['de', 'Im Kreis Ahrweiler starben mindestens 141 Menschen.', false],
    ['nl', 'In België kwamen zeker elf mensen om het leven.', false],
  ])('%s "%s" names the happenings again: %s', (lang, text, expected) => {
    expect(tollOfToldHappenings(lang, text)).toBe(expected);
  });
});

describe('dead named by a happening named again', () => {
  it.each<['en' | 'nl' | 'de', string, string, boolean]>([
    ['en', 'Belgium held a national day of mourning on Tuesday for the 31 dead of the floods.', 'dead', true],
    ['nl', 'België hield dinsdag een dag van rouw voor de 31 doden van de overstromingen.', 'doden', true],
    ['de', 'Belgien gedachte am Dienstag der 31 Toten der Flut.', 'Toten', true],
    ['en', 'The 31 dead were buried in Verviers on Tuesday.', 'dead', false],
  ])('%s "%s": the %s are the toll of a happening named again: %s', (lang, text, word, expected) => {
    expect(deadOfToldHappening(lang, text, text.indexOf(word) + word.length)).toBe(expected);
  });
});

describe('the dead and injured “with” which a happening named again befell', () => {
  it.each<['en' | 'nl' | 'de', string, string, boolean]>([
    [
      'en',
      "Four days after the attack on the Broad Sheath Square with 12 dead and 56 injured, the search for the most wanted man of Europe ended at around 3 o'clock in the morning on Friday.",
      'injured',
      true,
    ],
    ['nl', 'Vier dagen na de aanslag met twaalf doden eindigde de zoektocht in Milaan.', 'doden', true],
    ['de', 'Vier Tage nach dem Anschlag mit zwölf Toten endete die Fahndung in Mailand.', 'Toten', true],
    ['en', 'A truck drove into the crowd with 12 dead and 48 injured.', 'dead', false],
  ])('%s "%s": the %s are the toll of a happening named again: %s', (lang, text, word, expected) => {
    expect(withTollOfToldHappening(lang, text, text.indexOf(word))).toBe(expected);
  });
});

describe('the time of a toll of happenings named again', () => {
  /** The undated report of the fires' containment, published on 31 January. */
  const containment = (toll: string, lang: string): AnnotatedArticle => {
    const a = article(
      'doc',
      lang,
      [
        {
          text: 'The Palisades and Eaton fires were fully contained on Friday, more than three weeks after they erupted on Jan. 7 and became the most destructive wildfires in the history of Los Angeles.',
          times: [day('2025-01-07', 'Jan. 7')],
        },
        { text: toll },
      ],
      '2025-01-31',
    );
    const undated = a.sentences[1];
    if (undated)
      undated.when = {
        start: '2025-01-24',
        end: '2025-01-31',
        precision: 'before-publication',
        value: 'PAST_REF',
        confidence: 0.2,
      };
    return a;
  };
  const tollOf = (toll: string, lang = 'en') =>
    extractCandidates(containment(toll, lang))
      .filter((c) => c.kind === 'death')
      .map((c) => ({ start: c.when.start, end: c.when.end, tally: c.tally === true }));

  it('“At least 29 people were killed in the two fires” is their toll since they erupted on 7 January', () => {
    expect(
      tollOf(
        'At least 29 people were killed in the two fires, according to the Los Angeles County medical examiner.',
      ),
    ).toEqual([{ start: '2025-01-07', end: '2025-01-31', tally: true }]);
  });

  it('“At least 29 people were killed in Altadena” names no happening again, yet counts the dead since the story began', () => {
    expect(tollOf('At least 29 people were killed in Altadena.')).toEqual([
      { start: '2025-01-07', end: '2025-01-31', tally: false },
    ]);
  });
});
