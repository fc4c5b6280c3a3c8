import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The day the weekday `text` of `sentence` gets in an article of Monday 10 January 2022. */
function dayOf(lang: string, sentence: string, text: string): string | undefined {
  const found = extractTimexes(sentence, { lang, dct: '2022-01-10' });
  return found.find((t) => t.text === text)?.value;
}

describe('a weekday told in the past, since, or by a reporting verb keeps the news rule', () => {
  it.each([
    [
      'a Dutch weak past not in the past markers looks back',
      'nl',
      'De politie arresteerde vrijdag twee demonstranten.',
      'vrijdag',
      '2022-01-07',
    ],
    [
      'a weak past in -tte looks back',
      'nl',
      'Een van hen vluchtte zaterdag naar België.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      'a strong past “liep” looks back',
      'nl',
      'Rutte liep zaterdag mee in de mars.',
      'zaterdag',
      '2022-01-08',
    ],
    ['a strong past “vond” looks back', 'nl', 'De politie vond dinsdag het wapen.', 'dinsdag', '2022-01-04'],
    [
      'a strong past “sprak” looks back',
      'nl',
      'Rutte sprak donderdag met de koning.',
      'donderdag',
      '2022-01-06',
    ],
    [
      'a strong past “brak” looks back',
      'nl',
      'De coalitie brak vrijdag met de premier.',
      'vrijdag',
      '2022-01-07',
    ],
    [
      'a plural past “kwamen” looks back',
      'nl',
      'Duizenden mensen kwamen zaterdag bijeen.',
      'zaterdag',
      '2022-01-08',
    ],
    ['a plural past “stierven” looks back', 'nl', 'Drie mensen stierven zondag.', 'zondag', '2022-01-09'],
    [
      'a strong past in -t, “dacht”, looks back',
      'nl',
      'Rutte dacht dinsdag nog dat hij kon blijven.',
      'dinsdag',
      '2022-01-04',
    ],
    [
      'a strong past in -t, “bracht”, looks back',
      'nl',
      'Minister De Jonge bracht zondag een bezoek aan het paleis.',
      'zondag',
      '2022-01-09',
    ],
    [
      'a strong past in -t, “zat”, looks back',
      'nl',
      'De premier zat woensdag in Brussel.',
      'woensdag',
      '2022-01-05',
    ],
    [
      'a strong past in -t, “liet”, looks back',
      'nl',
      'Het kabinet liet zaterdag weten dat het stopt.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      'a prefixed strong past in -t, “verliet”, looks back',
      'nl',
      'De minister verliet dinsdag het kabinet.',
      'dinsdag',
      '2022-01-04',
    ],
    [
      'a strong past in -t, “beet”, looks back',
      'nl',
      'De hond beet zaterdag een agent.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      '“vindt” without “plaats” reports an opinion and keeps the day past',
      'nl',
      'Minister Kaag vindt zondag dat het kabinet faalt.',
      'zondag',
      '2022-01-09',
    ],
    [
      'a German strong past in -t, “trat … zurück”, looks back',
      'de',
      'Justizminister Buschmann trat am Samstag zurück.',
      'Samstag',
      '2022-01-08',
    ],
    ['“hielt” looks back', 'de', 'Die Ministerin hielt am Freitag eine Rede.', 'Freitag', '2022-01-07'],
    ['“bat” looks back', 'de', 'Der Kanzler bat am Sonntag um Geduld.', 'Sonntag', '2022-01-09'],
    ['“galt” looks back', 'de', 'Die Opposition galt am Freitag als gespalten.', 'Freitag', '2022-01-07'],
    ['“tat” looks back', 'de', 'Die Regierung tat am Freitag nichts.', 'Freitag', '2022-01-07'],
    [
      '“erhielt” looks back',
      'de',
      'Der Minister erhielt am Donnerstag Drohungen.',
      'Donnerstag',
      '2022-01-06',
    ],
    [
      'a plural past “traten” looks back',
      'de',
      'Die Koalitionspartner traten am Sonntag zusammen.',
      'Sonntag',
      '2022-01-09',
    ],
    [
      'a plural past “kamen” after the day looks back',
      'de',
      'Am Donnerstag kamen die Soldaten an.',
      'Donnerstag',
      '2022-01-06',
    ],
    [
      'a plural past “gingen” looks back',
      'de',
      'Die Gespräche gingen am Sonntag weiter.',
      'Sonntag',
      '2022-01-09',
    ],
    [
      '“sinds woensdag” with a present is the Wednesday past',
      'nl',
      'Sinds woensdag demonstreren duizenden mensen op het Malieveld.',
      'woensdag',
      '2022-01-05',
    ],
    [
      '“seit Mittwoch ist” is the Wednesday past',
      'de',
      'Seit Mittwoch ist das Internet abgeschaltet.',
      'Mittwoch',
      '2022-01-05',
    ],
    [
      '“seit Mittwoch gilt” is the Wednesday past',
      'de',
      'Seit Mittwoch gilt eine Ausgangssperre.',
      'Mittwoch',
      '2022-01-05',
    ],
    [
      'a present reporting verb after the subject keeps the day past',
      'nl',
      'Minister Kaag zegt zondag dat het kabinet blijft.',
      'zondag',
      '2022-01-09',
    ],
    [
      'a present reporting verb before the subject keeps the day past',
      'nl',
      'Dat zegt minister Kaag zondag tegen de NOS.',
      'zondag',
      '2022-01-09',
    ],
    [
      'a German reporting present keeps the day past',
      'de',
      'Regierungssprecher Hebestreit sagt am Sonntag, die Regierung sei handlungsfähig.',
      'Sonntag',
      '2022-01-09',
    ],
    [
      'an announcing present tells either, so it keeps the day past',
      'de',
      'Die Regierung kündigt am Freitag ihren Rücktritt an.',
      'Freitag',
      '2022-01-07',
    ],
    [
      'an adverb in -t after a past clause is no verb',
      'nl',
      'De politie pakte de verdachte prompt zaterdag op.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      'an adverb in -t after a German past clause is no verb',
      'de',
      'Die Polizei verhaftete die Männer prompt am Samstag.',
      'Samstag',
      '2022-01-08',
    ],
    [
      'a noun in -t before the day in a subordinate clause is no verb',
      'nl',
      'Omdat het parlement woensdag instemde, is de wet aangenomen.',
      'woensdag',
      '2022-01-05',
    ],
    [
      'English headline-style present keeps the news rule',
      'en',
      'The Senate votes on Tuesday on the bill.',
      'Tuesday',
      '2022-01-04',
    ],
  ])('%s: [%s] “%s”', (_, lang, sentence, text, day) => {
    expect(dayOf(lang, sentence, text)).toBe(day);
  });
});
