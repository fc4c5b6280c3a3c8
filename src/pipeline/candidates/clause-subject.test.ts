/**
 * Someone who opens a clause of their own after the happening's is not whom it befell, and a name
 * before a clause the government opens with "and" is not who acts in it.
 */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';
import { candidatesOf, kindsAndTitles } from './test-helpers.ts';

describe('the subject of a later clause', () => {
  it.each<[string, string, string, string, string | undefined]>([
    [
      "a toll 'rose to 115, as President Vladimir Putin vowed' kills no Putin",
      'The number of people killed rose to 115 on Saturday, investigators said, as President Vladimir Putin vowed to punish those behind the attack.',
      'killed',
      'Vladimir Putin',
      undefined,
    ],
    [
      "burials 'on Friday, exactly one week after X set off a car bomb' bury no X",
      "Norway began burying the victims of the 22 July attacks on Friday, exactly one week after Anders Behring Breivik set off a car bomb in Oslo's government quarter.",
      'began burying',
      'Anders Behring Breivik',
      undefined,
    ],
    [
      "a German ', nachdem X …' names who acted in the clause of time, not who was arrested",
      'Die Polizei nahm am Montag zwei Männer fest, nachdem Anna Berg sie angezeigt hatte.',
      'fest',
      'Anna Berg',
      undefined,
    ],
    [
      "a Dutch ', terwijl premier X' names who speaks, not who died",
      'Bij de aanslag kwamen zeker 40 mensen om, terwijl premier Mark Rutte het geweld veroordeelde.',
      'om',
      'Mark Rutte',
      undefined,
    ],
    [
      "a German ', während Kanzler X' is no one arrested",
      'Die Polizei nahm am Samstag elf Menschen fest, während Kanzler Olaf Scholz den Anschlag verurteilte.',
      'fest',
      'Olaf Scholz',
      undefined,
    ],
    [
      "a German ', teilte Innenminister X mit' after the dead names who told of them, not who died",
      'Mindestens sechs Menschen kamen ums Leben, mehr als 290 wurden verletzt, teilte Innenminister Süleyman Soylu mit.',
      'ums Leben',
      'Süleyman Soylu',
      undefined,
    ],
    [
      "an English ', said Interior Minister X' after the dead names who told of them",
      'At least six people were killed, said Interior Minister Suleyman Soylu.',
      'killed',
      'Suleyman Soylu',
      undefined,
    ],
    [
      "', and Hollande honoured' after the burial names who honours, not who was buried",
      'On Tuesday, the four men killed at the supermarket were buried in Jerusalem, and Hollande honoured the three police officers killed in the attacks at a ceremony at Paris police headquarters.',
      'were buried',
      'Hollande',
      undefined,
    ],
    [
      "a Dutch ', en Hollande eerde' names who honours, not who was buried",
      'Dinsdag werden de vier slachtoffers in Jeruzalem begraven, en Hollande eerde de drie omgekomen agenten.',
      'begraven',
      'Hollande',
      undefined,
    ],
    [
      "the last of a list of the dead after ', and' still died",
      'Among those killed were Stephane Charbonnier, Jean Cabut, and Bernard Maris.',
      'killed',
      'Bernard Maris',
      'Bernard Maris',
    ],
    [
      'a person named after a comma without a conjunction is still the one arrested',
      'Police arrested a fourth suspect on Monday, Shamsidin Fariduni.',
      'arrested',
      'Shamsidin Fariduni',
      'Shamsidin Fariduni',
    ],
  ])('%s', (_name, text, trigger, name, expected) => {
    expect(patientIn(text, trigger, [name])).toBe(expected);
  });
});

describe('an institution that opens a clause joined by "and" acts in it, not the name before', () => {
  it.each<[string, string, string, string[]]>([
    [
      'en',
      'Prime Minister Kyriakos Mitsotakis visited the crash site on Wednesday and the government declared three days of national mourning.',
      'Kyriakos Mitsotakis',
      ['Government declares national mourning', 'Kyriakos Mitsotakis visits the crash site'],
    ],
    [
      'en',
      'Prime Minister Kyriakos Mitsotakis declared three days of national mourning.',
      'Kyriakos Mitsotakis',
      ['Kyriakos Mitsotakis declares national mourning'],
    ],
  ])('[%s] “%s”', (lang, text, name, titles) => {
    const found = kindsAndTitles(lang, text, '2023-03-01', [[name, 'actor', 'mitsotakis']]).map(
      (c) => c.title,
    );
    expect(found).toEqual(titles);
  });
});

describe('a name before a clause of time or cause with a subject of its own does not act in it', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'the KNB head sacked after demonstrators stormed is no stormer',
      'en',
      "Massimov was sacked as head of the KNB this week after demonstrators stormed government buildings in Kazakhstan's largest city, Almaty.",
      undefined,
    ],
    [
      'a Dutch "nadat" clause has its own subject',
      'nl',
      'Massimov werd deze week ontslagen nadat demonstranten regeringsgebouwen in Almaty hadden bestormd.',
      undefined,
    ],
    [
      'who was arrested after storming the building stormed it',
      'en',
      'Massimov was arrested this week after storming government buildings in Almaty.',
      'massimov',
    ],
  ])('%s', (_name, lang, text, agent) => {
    const storming = candidatesOf(lang, text, '2022-01-05', [
      ['Massimov', 'actor', 'massimov'],
      ['Almaty', 'place', 'almaty'],
    ]).find((c) => c.kind === 'riot');
    expect(storming).toBeDefined();
    expect(storming?.agent).toBe(agent);
  });
});

describe('a name before a semicolon does not act in the clause after it', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      "Monday, April 22: the government blames National Thowheeth Jama'ath and says it had been warned; a state of emergency takes effect at midnight.",
      ['Government declares a state of emergency'],
    ],
    [
      'nl',
      "De regering wijst National Thowheeth Jama'ath aan als dader; de noodtoestand geldt sinds middernacht.",
      ['State of emergency declared'],
    ],
    [
      'de',
      "Die Regierung macht National Thowheeth Jama'ath verantwortlich; der Ausnahmezustand gilt seit Mitternacht.",
      ['State of emergency declared'],
    ],
  ])('[%s] “%s”', (lang, text, titles) => {
    const found = kindsAndTitles(lang, text, '2019-04-22', [
      ["National Thowheeth Jama'ath", 'actor', 'national-thowheeth-jamaath'],
    ]).map((c) => c.title);
    expect(found).toEqual(titles);
  });
});
