/**
 * Testimony before a legislature (the Secret Service director before Congress, July 2024) in
 * English, Dutch and German: the hearing is the news, not the attack it speaks of; an interrogation
 * by the police is no hearing; a service that "tekortschoot" fired no shot; a refusal to resign and
 * the Dutch "stapte op".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const cheatle: MentionSpec = ['Cheatle', 'actor', 'cheatle'];

describe('testimony before a legislature', () => {
  it.each([
    ['en', 'Cheatle testified on Monday before the House Oversight Committee.'],
    [
      'en',
      'The assassination attempt was "the most significant operational failure of the Secret Service in decades", Cheatle said in front of the oversight committee of the House of Representatives.',
    ],
    ['nl', 'Maandag getuigde Cheatle in het Congres over de aanslag.'],
    ['nl', 'Dat zei Cheatle maandag tijdens een verhoor in het Huis van Afgevaardigden.'],
    [
      'de',
      'Cheatle hatte am Montag vor dem Aufsichtsausschuss des Repräsentantenhauses ausgesagt und den Anschlag als das größte operative Versagen des Secret Service seit Jahrzehnten bezeichnet.',
    ],
    ['de', 'Am Montag sagte Cheatle vor dem Kongress aus.'],
  ])('[%s] “%s” is Cheatle testifying, and no attack', (lang, text) => {
    const got = kindsAndTitles(lang, text, '2024-07-22', [cheatle]);
    expect(got.map((c) => c.title)).toContain('Cheatle testifies');
    expect(got.map((c) => c.kind)).not.toContain('attack');
    expect(got.map((c) => c.kind)).not.toContain('assassination-attempt');
  });

  it.each([
    ['nl', 'De verdachte werd maandag urenlang verhoord door de politie.'],
    ['de', 'Der Zeuge hat am Montag bei der Polizei ausgesagt.'],
  ])('[%s] “%s” is no hearing', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-22').map((c) => c.kind)).not.toContain('testimony');
  });
});

describe('words that look like another happening', () => {
  it('“haar dienst tekort was geschoten” fires no shot', () => {
    const text = 'Maandag had Cheatle in het Congres toegegeven dat haar dienst tekort was geschoten.';
    expect(kindsAndTitles('nl', text, '2024-07-23', [cheatle]).map((c) => c.kind)).not.toContain('shooting');
  });

  it.each([
    ['nl', 'De directeur van de Secret Service, Cheatle, stapte dinsdag op.'],
    ['nl', 'Cheatle is dinsdag opgestapt.'],
  ])('[%s] “%s” is a resignation', (lang, text) => {
    const got = kindsAndTitles(lang, text, '2024-07-24', [cheatle]);
    expect(got.map((c) => c.title)).toContain('Cheatle resigns');
  });

  it.each([
    ['en', 'Cheatle rejected a resignation in an interview on Monday.'],
    ['de', 'Cheatle lehnte am Montag einen Rücktritt ab.'],
  ])('[%s] “%s” is a refusal to resign, no resignation', (lang, text) => {
    const got = kindsAndTitles(lang, text, '2024-07-16', [cheatle]);
    expect(got.map((c) => c.title)).toEqual(['Cheatle refuses to resign']);
  });
});

describe('the one who holds an organisation’s title acts', () => {
  it.each([
    ['en', 'Secret Service Director Kimberly Cheatle had rejected a resignation in an interview last week.'],
    ['en', 'Hamas leader Ismail Haniyeh had rejected a resignation on Monday.'],
  ])('[%s] “%s” is refused by the person, not the organisation', (lang, text) => {
    const person: MentionSpec = text.includes('Cheatle')
      ? ['Kimberly Cheatle', 'actor', 'cheatle']
      : ['Ismail Haniyeh', 'actor', 'haniyeh'];
    const org: MentionSpec = text.includes('Cheatle')
      ? ['Secret Service', 'actor', 'secret-service']
      : ['Hamas', 'actor', 'hamas'];
    const got = kindsAndTitles(lang, text, '2024-07-22', [org, person]);
    expect(got.map((c) => c.title)).toEqual([`${person[0]} refuses to resign`]);
  });
});
