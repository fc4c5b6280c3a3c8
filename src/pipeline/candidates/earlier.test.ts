/**
 * A happening named as the time of another ("a week after the attack") was told before: the
 * sentence does not report it again, dated to its own day.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

describe('a trigger after "after the"/"nach dem"/"na de"', () => {
  it.each([
    [
      'a data leak a week after the hack is no second cyberattack',
      'de',
      'Eine Woche nach dem Hackerangriff auf die Potsdamer Stadtverwaltung haben die Täter erste erbeutete Daten im Darknet veröffentlicht.',
      [],
    ],
    [
      'an English leak after the attack is no second attack',
      'en',
      'A week after the ransomware attack, the hackers published the first stolen files on the dark web.',
      [],
    ],
    [
      'a Dutch leak after the attack is no second attack',
      'nl',
      'Een week na de aanval hebben de hackers de eerste gestolen bestanden op internet gezet.',
      [],
    ],
    [
      'an arrest after the attack stays the only happening',
      'en',
      'Police arrested two men after the attack.',
      ['arrest'],
    ],
    [
      'an evacuation ordered before the storm hit reports no storm of its own',
      'en',
      'Around 2 million residents had been ordered to evacuate before the storm hit.',
      ['evacuation'],
    ],
    [
      'a rising toll since the collapse keeps its deaths',
      'de',
      'Seit dem Einsturz ist die Zahl der Toten auf 17 gestiegen.',
      ['death'],
    ],
    [
      'a clause after "after the" still reports its verb',
      'en',
      'Protesters gathered after the police arrested the opposition leader.',
      ['protest', 'arrest'],
    ],
    [
      'a search "een week voor de aanslag" is no second attack',
      'nl',
      'De man die op Donald Trump schoot, zocht een week voor de aanslag op internet naar de moord op president Kennedy.',
      [],
    ],
    [
      'a German search "eine Woche vor dem Anschlag" likewise',
      'de',
      'Der Schütze suchte eine Woche vor dem Anschlag im Internet nach dem Attentat auf Kennedy.',
      [],
    ],
    [
      'a drone flown "op de dag van de aanslag" is no attack of its own',
      'nl',
      'Op de dag van de aanslag liet hij bovendien een drone boven het terrein vliegen.',
      [],
    ],
    [
      'an English drone flown "on the day of the attack" likewise',
      'en',
      'On the day of the attack he also flew a drone over the site.',
      [],
    ],
    [
      'protesters "voor het parlement" still protest: "voor" alone is no "before"',
      'nl',
      'Voor het parlement demonstreerden tienduizenden mensen tegen de president.',
      ['protest'],
    ],
    [
      'protests "after her arrest" report no second arrest: hers was told before',
      'en',
      "Protests over the death of a young woman after her arrest by Iran's morality police spread to Tehran and other cities on Monday.",
      ['protest'],
    ],
    [
      'a Dutch "na haar arrestatie" likewise',
      'nl',
      'In Teheran gingen dinsdag duizenden mensen de straat op na haar arrestatie door de zedenpolitie.',
      ['protest'],
    ],
    [
      'a German "nach ihrer Festnahme" likewise',
      'de',
      'In Teheran gingen am Dienstag Tausende Menschen nach ihrer Festnahme durch die Sittenpolizei auf die Straße.',
      ['protest'],
    ],
    [
      'an attack with no earlier-word is still reported',
      'de',
      'Ein Hackerangriff hat die Stadtverwaltung von Potsdam lahmgelegt.',
      ['attack'],
    ],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2023-11-27').map((c) => c.kind)).toEqual(kinds);
  });

  it('a day of mourning after "dem schweren russischen Raketenangriff" is no second attack', () => {
    const text =
      'Nach dem schweren russischen Raketenangriff auf Kiew hat die Ukraine am Dienstag einen Tag der Trauer begangen.';
    const kinds = candidatesOfSentence('de', { text, times: [day('2024-07-09', 'am Dienstag')] }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['emergency']);
  });

  it.each<[string, string, string, string[]]>([
    [
      'a resignation "after violent protests" that close the clause has the protests as its reason',
      'en',
      'Tuesday K.P. Sharma Oli had resigned after violent protests.',
      ['resignation'],
    ],
    [
      'a Dutch resignation "na gewelddadige protesten" likewise',
      'nl',
      'Dinsdag trad Oli af na gewelddadige protesten.',
      ['resignation'],
    ],
    [
      'clashes "after two nights of" them were told before: the resignation is the news',
      'en',
      'Tuesday the prime minister resigned after two nights of clashes in the capital.',
      ['resignation'],
    ],
    [
      'the protesters of "clashes between police and protesters" are a side of those clashes, no protest',
      'en',
      'Tuesday the prime minister resigned after two nights of clashes between police and protesters in the capital.',
      ['resignation'],
    ],
    [
      'a Dutch "botsingen tussen politie en betogers" likewise',
      'nl',
      'Dinsdag trad de premier af na twee nachten van botsingen tussen politie en betogers in de hoofdstad.',
      ['resignation'],
    ],
    [
      'a Dutch "na drie nachten van zware rellen" likewise',
      'nl',
      'Dinsdag kondigde de Franse regering de noodtoestand af na drie nachten van zware rellen in Nouméa.',
      ['emergency'],
    ],
    [
      'protests that "erupted after" a resignation are news',
      'en',
      'Tuesday protests erupted after the prime minister resigned.',
      ['protest', 'resignation'],
    ],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2025-09-10').map((c) => c.kind)).toEqual(kinds);
  });

  it('protests after "na de jaarwisseling" follow a time, not a happening, and are reported', () => {
    const text =
      'Landen nemen maatregelen naar aanleiding van de onrust in Kazachstan, waar na de jaarwisseling grote protesten uitbraken.';
    const kinds = candidatesOfSentence('nl', { text, times: [day('2022-01-01', 'na de jaarwisseling')] }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['protest']);
  });

  it('an attack named "na de" with its own time set off at the end is kept, dated to that time', () => {
    const [attack] = candidatesOfSentence('nl', {
      text: 'Ze lag zwaar onder vuur na de mislukte aanslag op oud-president Donald Trump, tien dagen geleden.',
      times: [day('2024-07-13', 'tien dagen geleden')],
    });
    expect(attack).toMatchObject({ kind: 'attack', when: { start: '2024-07-13' } });
  });

  it('a happening after "since the" dated by its own time is kept: "since the attack on Monday"', () => {
    const text = 'The city has been quiet since the attack on Monday.';
    const kinds = candidatesOfSentence('en', { text, times: [day('2022-01-03', 'on Monday')] }).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['attack']);
  });
});
