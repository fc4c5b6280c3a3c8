/** Those an apology is offered to, described by a relative clause, were hurt before: no new injury. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const KARAYEV: Record<string, MentionSpec[]> = {
  nl: [['Joeri Karajev', 'actor', 'karayev']],
  de: [['Juri Karajew', 'actor', 'karayev']],
  en: [['Yuri Karayev', 'actor', 'karayev']],
};

describe('a relative clause that describes whom a statement speaks to', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the Dutch apology to passers-by "die … gewond waren geraakt" is an apology only',
      'nl',
      'Donderdag bood minister van Binnenlandse Zaken Joeri Karajev zijn excuses aan aan voorbijgangers die bij het optreden van de politie gewond waren geraakt.',
      ['statement'],
    ],
    [
      'the German apology to bystanders ", die … verletzt worden waren" likewise',
      'de',
      'Am Donnerstag hatte sich Innenminister Juri Karajew bei Unbeteiligten entschuldigt, die bei den Einsätzen verletzt worden waren.',
      ['statement'],
    ],
    [
      'the English apology to bystanders "who had been injured" likewise',
      'en',
      'Thursday Interior Minister Yuri Karayev apologised to bystanders who had been injured by the police.',
      ['statement'],
    ],
  ])('%s', (_name, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2020-08-13', KARAYEV[lang]).map((c) => c.kind)).toEqual(kinds);
  });

  it('an injury in a clause of its own after the apology is still news', () => {
    const text = 'Thursday Yuri Karayev apologised, and two more protesters were injured in Minsk.';
    expect(kindsAndTitles('en', text, '2020-08-13', KARAYEV.en).map((c) => c.kind)).toContain('injury');
  });
});
