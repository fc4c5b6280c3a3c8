/**
 * "…, sagte der Staatsanwalt von Marseille, Brice Robin, am Donnerstag": the speaker of a verb of
 * speech after the comma that closes what was said stands after the verb; the name said of is not
 * the speaker.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a speaker named after the verb that follows what was said', () => {
  it.each<[string, string, [string, 'actor' | 'place'][], string]>([
    [
      'de',
      'Der Copilot Andreas Lubitz habe den Sinkflug eingeleitet, nachdem er den Kapitän aus dem Cockpit ausgesperrt habe, sagte der Staatsanwalt von Marseille, Brice Robin, am Donnerstag.',
      [
        ['Andreas Lubitz', 'actor'],
        ['Marseille', 'place'],
        ['Brice Robin', 'actor'],
      ],
      'Brice Robin makes a statement',
    ],
    [
      'nl',
      'Andreas Lubitz heeft het toestel met opzet laten neerstorten, zei aanklager Brice Robin donderdag.',
      [
        ['Andreas Lubitz', 'actor'],
        ['Brice Robin', 'actor'],
      ],
      'Brice Robin makes a statement',
    ],
    [
      'en',
      '"It is a day that we have awaited for a long time," said Genoa Mayor Marco Bucci, who is also the special commissioner for the reconstruction.',
      [
        ['Genoa', 'place'],
        ['Marco Bucci', 'actor'],
      ],
      'Marco Bucci makes a statement',
    ],
    [
      'en',
      '"We were trapped in the garage, the water rose in ten minutes," said Paiporta resident Ana Martínez, 54.',
      [
        ['Paiporta', 'actor'],
        ['Ana Martínez', 'actor'],
      ],
      'Ana Martínez makes a statement',
    ],
    [
      'en',
      'The Constitution Protection must look much more at the right scene in the internet, demanded Shoemaker.',
      [
        ['Constitution Protection', 'actor'],
        ['Shoemaker', 'actor'],
      ],
      'Shoemaker makes a statement',
    ],
    [
      'de',
      'Der Verfassungsschutz müsse die rechte Szene im Internet viel stärker in den Blick nehmen, forderte Schuster.',
      [
        ['Verfassungsschutz', 'actor'],
        ['Schuster', 'actor'],
      ],
      'Schuster makes a statement',
    ],
  ])('[%s] “%s” is a statement of the one named after the verb', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2015-03-26', mentions).map((c) => c.title)).toContain(title);
  });

  it('“Der Polizeichef der Präfektur Nara, Tomoaki Onizuka, sagte …”: the name set off by commas speaks', () => {
    const titles = kindsAndTitles(
      'de',
      'Der Polizeichef der Präfektur Nara, Tomoaki Onizuka, sagte am Samstag, Kishida habe Fehler eingeräumt.',
      '2022-07-09',
      [
        ['Tomoaki Onizuka', 'actor'],
        ['Kishida', 'actor'],
      ],
    ).map((c) => c.title);
    expect(titles).toContain('Tomoaki Onizuka makes a statement');
  });

  it('“Yulia Navalnaya, speaking at …, said Putin …”: with no quotation before it, English “said” has its speaker first', () => {
    const titles = kindsAndTitles(
      'en',
      "Navalny's wife Yulia Navalnaya, speaking at the Munich Security Conference hours after the news broke, said Putin and his entourage would be held accountable.",
      '2024-02-16',
      [
        ['Navalny', 'actor'],
        ['Yulia Navalnaya', 'actor'],
        ['Munich', 'place'],
        ['Putin', 'actor'],
      ],
    ).map((c) => c.title);
    expect(titles).not.toContain('Putin makes a statement');
  });

  it('“…, sagte er, Merkel habe …”: a pronoun speaks, not the name after it', () => {
    const titles = kindsAndTitles(
      'de',
      'Die Lage sei ernst, sagte er, Merkel habe das Kabinett einberufen.',
      '2015-03-26',
      [['Merkel', 'actor']],
    ).map((c) => c.title);
    expect(titles).not.toContain('Merkel makes a statement');
  });
});
