/**
 * A country falls silent for a minute, a city marches with roses, a crowd is crushed on a ramp, a
 * gunman surrenders at a given time: the lexicon read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kindsOf = (lang: string, text: string) => kindsAndTitles(lang, text, '2011-07-25').map((c) => c.kind);

describe('a minute of silence', () => {
  it.each([
    [
      'nl',
      'Gisteren om 12.00 uur werd in heel Noorwegen en in de andere Scandinavische landen een minuut stilte gehouden.',
    ],
    ['en', 'At noon on Wednesday, Belgians and people across Europe observed a minute of silence.'],
    ['de', 'Am Montag um 11 Uhr hatte das ganze Land mit einer Schweigeminute der Opfer gedacht.'],
  ])('[%s] “%s” reports a minute of silence', (lang, text) => {
    expect(kindsOf(lang, text)).toContain('silence');
  });
});

describe('a memorial march', () => {
  it.each([
    ['nl', 'Gisteravond liepen in Oslo zo’n 150.000 mensen mee in een rozenmars, met bloemen in de hand.'],
    [
      'en',
      "The carpet of roses laid outside Oslo Cathedral after last Monday's rose march, which drew some 200,000 people, has been moved to a memorial site.",
    ],
    ['de', 'Am Montagabend zogen Zehntausende zu einem Rosenmarsch durch die Osloer Innenstadt.'],
  ])('[%s] “%s” reports a memorial march', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2011-07-25')).toContainEqual(
      expect.objectContaining({ kind: 'memorial-march' }),
    );
  });
});

describe('a crowd crushed', () => {
  it.each([
    [
      'en',
      'The crush happened shortly after 5 p.m. in a tunnel under Karl-Lehr-Strasse that served as the only entrance and exit to the festival grounds.',
    ],
    [
      'nl',
      'Afgelopen zaterdag raakte rond half vijf een enorme menigte klem op de hellingbaan tussen de tunnel onder de Karl-Lehr-Straße en het festivalterrein.',
    ],
  ])('[%s] “%s” reports a crowd crush', (lang, text) => {
    expect(kindsOf(lang, text)).toContain('crowd-crush');
  });
});

describe('a suspect who surrenders', () => {
  it.each([
    ['en', 'At 18.35 clock the officials could arrest Breivik, he surrendered without resistance.'],
    ['en', 'Police have since revised their timeline: it now shows that Breivik surrendered at 18:35.'],
  ])('[%s] “%s” is titled "Suspect surrenders to police"', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2011-07-22')).toContainEqual({
      kind: 'arrest',
      title: 'Suspect surrenders to police',
    });
  });

  it('troops that surrendered at the airport are no suspect giving himself up', () => {
    const titles = kindsAndTitles('en', 'The troops surrendered at the airport on Sunday.', '2011-07-22');
    expect(titles.map((c) => c.title)).not.toContain('Suspect surrenders to police');
  });
});
