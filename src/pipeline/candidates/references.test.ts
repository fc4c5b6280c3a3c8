/**
 * A happening named again as the reason for another ("arrested in connection with the attack")
 * is not reported a second time by that sentence: the sentence reports the arrest.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

describe('a trigger after a reference word', () => {
  it.each([
    ['en', 'Police arrested two men in connection with the attack on Monday.', ['arrest']],
    ['en', 'The suspects were detained over the attack, police said.', ['arrest']],
    ['nl', 'De politie heeft maandag twee mannen aangehouden in verband met de aanslag.', ['arrest']],
    [
      'de',
      'Die Polizei hat am Montag zwei Männer im Zusammenhang mit dem Anschlag festgenommen.',
      ['arrest'],
    ],
    ['en', 'The Islamic State group claimed responsibility for the attack on Monday.', ['claim']],
    ['en', 'A gunman attacked a police station on Monday.', ['attack']],
    [
      'en',
      'Friday the two men were detained and are accused of causing the deaths of the passengers.',
      ['arrest'],
    ],
    ['en', 'Friday the captain was charged with causing the deaths of 12 migrants.', ['investigation']],
    ['en', 'Tuesday the storm caused the deaths of 12 people.', ['disaster', 'death']],
    ['en', 'On Sunday the death toll from the earthquake rose to 2,122.', ['death']],
    [
      'en',
      "On Sunday the death toll from Morocco's strongest earthquake in a century rose to 2,122.",
      ['death'],
    ],
    ['nl', 'Zondag is het dodental van de aardbeving opgelopen tot 2122.', ['death']],
    ['en', 'On Thursday the death toll from the flash floods in eastern Spain rose to 158.', ['death']],
    ['en', "Police arrested two men in connection with Sunday's attack.", ['arrest']],
    ['en', 'Pakistan closed its airspace on Thursday in response to the attack.', ['airspace-closure']],
    ['nl', 'Pakistan sloot donderdag als reactie op de aanslag zijn luchtruim.', ['airspace-closure']],
    [
      'de',
      'Pakistan schloss am Donnerstag als Reaktion auf den Anschlag seinen Luftraum.',
      ['airspace-closure'],
    ],
    [
      'en',
      'India on Wednesday struck targets in Pakistan in retaliation for the attack in Pahalgam.',
      ['attack'],
    ],
    [
      'en',
      'Friday hours after the quake, the military carried out an airstrike on the town of Naungcho, killing seven people.',
      ['death'],
    ],
    [
      'en',
      'Monday France began evacuating its citizens from Niger, days after the military seized power.',
      ['evacuation'],
    ],
    [
      'nl',
      'Dinsdag is een 17-jarig meisje levend onder het puin vandaan gehaald, bijna tweehonderd uur na de aardbeving.',
      ['rescue'],
    ],
    ['de', 'Dienstag wurde eine Frau kurz nach dem Beben lebend aus den Trümmern gerettet.', ['rescue']],
    ['de', 'Freitag begründeten beide ihren Rücktritt mit den Toten bei den Protesten.', ['resignation']],
    [
      'nl',
      'Vrijdag traden beide ministers af en motiveerden hun vertrek met de doden bij de protesten.',
      ['resignation'],
    ],
    ['en', 'On Friday both ministers resigned, citing the deaths during the protests.', ['resignation']],
    ['de', 'Am Freitag kamen bei den Protesten mit den Soldaten acht Menschen ums Leben.', ['death']],
  ])('[%s] “%s” reports %j', (lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2022-01-11').map((c) => c.kind)).toEqual(kinds);
  });
});

describe('a happening named again in what a speaker says about it', () => {
  it.each<[string, string, string]>([
    [
      'nl',
      'Dinsdag heeft Loekasjenko gezegd dat de daders van de aanslag eerst naar Wit-Rusland wilden vluchten.',
      'Loekasjenko',
    ],
    ['en', 'Tuesday Bortnikov said the United States and Ukraine were behind the attack.', 'Bortnikov'],
    ['de', 'Dienstag sagte Bortnikow, die USA und die Ukraine steckten hinter dem Anschlag.', 'Bortnikow'],
  ])('[%s] “%s” reports a statement, no attack', (lang, text, speaker) => {
    const kinds = kindsAndTitles(lang, text, '2024-03-26', [[speaker, 'actor', 'speaker']]).map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['statement']);
  });

  it('the perpetrators of the attack told of before the speaker still report the attack', () => {
    const text = 'Tuesday the perpetrators of the attack fled towards Belarus, Lukashenko said.';
    const kinds = kindsAndTitles('en', text, '2024-03-26', [['Lukashenko', 'actor', 'lukashenko']]);
    expect(kinds.map((c) => c.kind)).toContain('attack');
  });
});

describe('a relative clause after a happening named again tells more of it', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'India on Wednesday struck targets in Pakistan in response to the attack in Pahalgam, in which 26 people were killed.',
      '2025-05-07',
    ],
    [
      'nl',
      'India viel woensdag doelen in Pakistan aan als reactie op de aanslag bij Pahalgam, waarbij 26 mensen om het leven kwamen.',
      '2025-05-07',
    ],
    [
      'de',
      'Indien griff am Mittwoch Ziele in Pakistan an, als Reaktion auf den Anschlag in Pahalgam, bei dem 26 Menschen getötet wurden.',
      '2025-05-07',
    ],
  ])('[%s] “%s” reports the strike, without the dead of the attack', (lang, text, when) => {
    const candidates = candidatesOf(lang, text, when);
    expect(candidates.map((c) => [c.kind, c.figures])).toEqual([['attack', []]]);
  });

  it('a relative clause that gives its own day still reports its dead', () => {
    const text =
      'Zaterdag gingen duizenden Libanezen de straat op uit woede over de explosie in de haven, waarbij dinsdag meer dan 150 mensen om het leven kwamen.';
    const candidates = candidatesOfSentence('nl', {
      text,
      times: [day('2020-08-08', 'Zaterdag'), day('2020-08-04', 'dinsdag')],
    });
    const figures = candidates.flatMap((c) => c.figures.map((f) => f.value));
    expect(figures).toContain(150);
  });

  it('a relative clause after a happening the sentence reports keeps its dead', () => {
    const text = 'Gunmen attacked tourists near Pahalgam on Tuesday, in which 26 people were killed.';
    const figures = candidatesOf('en', text, '2025-04-22').flatMap((c) => c.figures.map((f) => f.value));
    expect(figures).toContain(26);
  });
});
