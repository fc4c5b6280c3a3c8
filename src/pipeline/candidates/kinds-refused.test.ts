/**
 * "Pence hatte es abgelehnt, Trump … für amtsunfähig zu erklären", "McConnell lehnte es ab, die
 * Kammer … zusammenzurufen": someone who refuses to do what was asked of him says so; his refusal
 * is his statement of that day. A refusal told of a driver in a relative clause says who he was; a
 * defendant who refused to answer questions at his trial said nothing.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a refusal is the refusing one’s statement', () => {
  it.each<[string, string, string, [string, 'actor', string]]>([
    [
      'de',
      'Am Dienstagabend hatte Vizepräsident Mike Pence es abgelehnt, Trump mithilfe des 25. Verfassungszusatzes für amtsunfähig zu erklären.',
      'Pence',
      ['Mike Pence', 'actor', 'pence'],
    ],
    [
      'de',
      'Der republikanische Mehrheitsführer Mitch McConnell lehnte es ab, die Kammer vor dem 19. Januar zusammenzurufen.',
      'McConnell',
      ['Mitch McConnell', 'actor', 'mcconnell'],
    ],
  ])('[%s] “%s” is %s’s statement', (lang, text, name, speaker) => {
    expect(kindsAndTitles(lang, text, '2021-01-14', [speaker])).toContainEqual({
      kind: 'statement',
      title: expect.stringMatching(new RegExp(`^${name} makes a statement$`, 'i')),
    });
  });

  it.each<[string, string]>([
    [
      'en',
      'Youths set cars ablaze in Nanterre after a police officer shot dead a 17-year-old driver who had refused to stop at a traffic check on Tuesday.',
    ],
    [
      'nl',
      'Een agent schoot een 17-jarige bestuurder dood die weigerde te stoppen bij een verkeerscontrole.',
    ],
    ['en', 'He had refused to answer questions during most of the trial.'],
    ['nl', 'Hij had tijdens het grootste deel van het proces geweigerd vragen te beantwoorden.'],
    ['de', 'Er hatte sich während des Prozesses geweigert, Fragen zu beantworten.'],
  ])('[%s] “%s” tells no statement', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-28').map((c) => c.kind)).not.toContain('statement');
  });
});
