/**
 * Words of three genres of business and public life: a positive doping test (no infection), a
 * takeover agreed as a merger ("Zusammenschluss") or planned ("übernehmen"), a law passed by the
 * votes for it or as a legalisation.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('genre words', () => {
  it.each<[string, string, string]>([
    [
      'en',
      "The 30-year-old France international tested positive for DHEA, a substance that raises testosterone levels, after Juventus' 3-0 win at Udinese on Aug. 20 last year.",
      'doping-test',
    ],
    ['de', 'Der Radprofi wurde bei der Tour positiv auf Testosteron getestet.', 'doping-test'],
    [
      'de',
      'Die beiden Unternehmen einigten sich am Montagabend auf einen Zusammenschluss, wie sie in Bochum und Berlin mitteilten.',
      'takeover',
    ],
    [
      'de',
      'Der Wohnungskonzern kündigte am Montag an, seinen größten Konkurrenten zu übernehmen.',
      'takeover',
    ],
    ['de', 'Der Bundestag hat am Freitag die Teillegalisierung von Cannabis beschlossen.', 'law-passed'],
    [
      'de',
      'Für das Gesetz der Ampel-Koalition stimmten 407 Abgeordnete, 226 stimmten dagegen.',
      'law-passed',
    ],
  ])('[%s] “%s” is %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-02-23').map((k) => k.kind)).toContain(kind);
  });

  it.each<[string, string]>([
    [
      'en',
      'The 30-year-old France international tested positive for DHEA, a substance that raises testosterone levels.',
    ],
    ['de', 'Der Radprofi wurde positiv auf Testosteron getestet.'],
  ])('[%s] “%s” tells no infection', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-02-23').map((k) => k.kind)).not.toContain('infection');
  });
});
