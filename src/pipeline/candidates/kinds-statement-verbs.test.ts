/**
 * Words someone is reported by that are no "said": "sprach von einem Erfolg", "sprak van een
 * succes", "schrieb er auf Twitter", "told reporters". Read through the candidate stage with the
 * lexicon in data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const SISI: MentionSpec = ['Abdel Fattah al-Sisi', 'actor', 'name:abdel-fattah-al-sisi'];
const RABIE: MentionSpec = ['Osama Rabie', 'actor', 'name:osama-rabie'];

describe('a speaker reported by another verb of saying makes a statement', () => {
  it.each<[string, string, string, MentionSpec]>([
    [
      'a German president who "sprach von einem Erfolg"',
      'de',
      'Ägyptens Präsident Abdel Fattah al-Sisi sprach von einem Erfolg, als das Schiff am Montag frei war.',
      SISI,
    ],
    [
      'a Dutch president who "sprak van een succes"',
      'nl',
      'De Egyptische president Abdel Fattah al-Sisi sprak van een groot succes toen het schip maandag loskwam.',
      SISI,
    ],
    [
      'a German post on social media, "schrieb er"',
      'de',
      'Montag schrieb Abdel Fattah al-Sisi auf Twitter, die Krise sei beendet.',
      SISI,
    ],
    [
      'an English official who "told reporters"',
      'en',
      'Saturday Osama Rabie told reporters that strong winds were not the main reason.',
      RABIE,
    ],
    [
      'a German head of government who "hatte angekündigt" what he would do',
      'de',
      'Regierungschef Osama Rabie hatte am Donnerstag angekündigt, die Gespräche bis 2028 auszusetzen.',
      RABIE,
    ],
    [
      'a Dutch premier who "heeft aangekondigd" what he will do',
      'nl',
      'Premier Osama Rabie heeft donderdag aangekondigd dat de gesprekken tot 2028 worden uitgesteld.',
      RABIE,
    ],
    [
      'a German ministry that "hat mitgeteilt"',
      'de',
      'Am Donnerstag hat Osama Rabie mitgeteilt, dass der Kanal wieder offen ist.',
      RABIE,
    ],
    [
      'an English premier who "repeated that" the concession would be revoked',
      'en',
      'The premier Osama Rabie repeated that the government will go ahead with the revocation of the concession.',
      RABIE,
    ],
    [
      'a Dutch premier who "herhaalde dat" the concession would be revoked',
      'nl',
      'Premier Osama Rabie herhaalde dat de regering de concessie zal intrekken.',
      RABIE,
    ],
    [
      'a German head of government who "wiederholte, dass" the concession would be revoked',
      'de',
      'Regierungschef Osama Rabie wiederholte, dass die Regierung die Konzession entziehen werde.',
      RABIE,
    ],
  ])('%s', (_, lang, text, speaker) => {
    const statements = kindsAndTitles(lang, text, '2021-03-29', [speaker]).filter(
      (c) => c.kind === 'statement',
    );
    expect(statements.map((c) => c.title.split(' ')[0])).toEqual([speaker[0].split(' ')[0]]);
  });

  it('[nl] a minister who "sprak met" a delegation holds talks, not a statement', () => {
    expect(
      kindsAndTitles(
        'nl',
        'Woensdagmiddag sprak minister Piet de Vries van Landbouw met een delegatie van de boeren.',
        '2024-03-13',
        [['Piet de Vries', 'actor', 'name:piet-de-vries']],
      ).map((c) => c.kind),
    ).not.toContain('statement');
  });
});
