import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

/** The title and figures of the first candidate of one sentence naming these people nobody listed. */
function first(lang: string, text: string, names: string[]) {
  const [c] = candidatesOf(
    lang,
    text,
    '2023-06-22',
    names.map((n) => [n, 'unknown', `name:${n.toLowerCase().replace(/ /g, '-')}`]),
  );
  return { title: c?.title, figures: c?.figures.map((f) => `${f.value} ${f.counts}`) };
}

describe('a list of named people befallen together is counted by its names', () => {
  it.each<[string, string, string[], string, string[]]>([
    [
      'nl',
      'Donderdag meldde het bedrijf dat topman Stockton Rush, de Britse zakenman Hamish Harding, de Franse duikexpert Paul-Henri Nargeolet en de Pakistaanse zakenman Shahzada Dawood en zijn 19-jarige zoon Suleman zijn omgekomen.',
      ['Stockton Rush', 'Hamish Harding', 'Paul-Henri Nargeolet', 'Shahzada Dawood', 'Suleman'],
      '5 people killed',
      ['5 people killed'],
    ],
    [
      'en',
      'Thursday Stockton Rush, British businessman Hamish Harding and French diver Paul-Henri Nargeolet were killed.',
      ['Stockton Rush', 'Hamish Harding', 'Paul-Henri Nargeolet'],
      '3 people killed',
      ['3 people killed'],
    ],
    [
      'de',
      'Donnerstag wurden Anna Schmidt, Peter Weber und Klaus Fischer bei dem Angriff schwer verletzt.',
      ['Anna Schmidt', 'Peter Weber', 'Klaus Fischer'],
      '3 people injured',
      ['3 people injured'],
    ],
  ])('[%s] “%s” is titled as a count', (lang, text, names, title, figures) => {
    expect(first(lang, text, names)).toEqual({ title, figures });
  });

  it.each<[string, string, string[]]>([
    [
      'two names tell who they are',
      'Thursday Hamish Harding and Paul-Henri Nargeolet were killed.',
      ['Hamish Harding', 'Paul-Henri Nargeolet'],
    ],
  ])('%s: “%s” counts no one', (_, text, names) => {
    expect(first('en', text, names).figures).toEqual([]);
  });

  it('the speaker is no one of those listed', () => {
    const text =
      'Thursday Peter Weber said that Hamish Harding, Shahzada Dawood and Paul-Henri Nargeolet were killed.';
    expect(
      first('en', text, ['Peter Weber', 'Hamish Harding', 'Shahzada Dawood', 'Paul-Henri Nargeolet']).figures,
    ).toEqual(['3 people killed']);
  });
});
