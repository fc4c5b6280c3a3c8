/**
 * Ultimatums: a demand with a deadline, its own kind rather than a statement (which would hide it
 * behind "… makes a statement" and needs a named speaker) or an order (the command to open fire).
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('an ultimatum given is reported as one', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Tuesday the junta gave the diplomats until Friday to leave the country.',
      'Junta issues an ultimatum',
      [],
    ],
    [
      'en',
      'Tuesday ECOWAS issued an ultimatum to the junta.',
      'ECOWAS issues an ultimatum',
      [['ECOWAS', 'unknown']],
    ],
    ['nl', 'Dinsdag heeft het kabinet de boeren een ultimatum gesteld.', 'Ultimatum issued', []],
    [
      'nl',
      'Dinsdag gaf Piet Adema de boeren tot vrijdag de tijd om te reageren.',
      'Piet Adema issues an ultimatum',
      [['Piet Adema', 'unknown']],
    ],
    ['de', 'Am Dienstag stellte die Regierung den Besetzern ein Ultimatum.', 'Ultimatum issued', []],
    [
      'de',
      'Am Dienstag setzte Olaf Scholz den Ländern eine Frist bis Freitag.',
      'Olaf Scholz issues an ultimatum',
      [['Olaf Scholz', 'unknown']],
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-06-04', mentions)).toEqual([{ kind: 'ultimatum', title }]);
  });

  it.each<[string, string, MentionSpec[]]>([
    ['en', 'Tuesday Joe Biden said the ultimatum had expired.', [['Joe Biden', 'actor', 'biden']]],
    ['en', 'Tuesday the government could issue an ultimatum.', []],
  ])('[%s] takes “%s” for no ultimatum given', (lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-06-04', mentions).map((c) => c.kind)).not.toContain('ultimatum');
  });
});
