/** A site seized by protesters or fighters is an occupation, and its retaking a recapture. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an airport or a public building seized, and taken back', () => {
  it.each<[string, string, string, string, string]>([
    [
      'English protesters who "seized the airport" seize it',
      'en',
      'Wednesday protesters seized the airport.',
      'occupation',
      'Airport seized',
    ],
    [
      'Dutch rioters who "namen het vliegveld in" seize the airport',
      'nl',
      'Woensdag namen ze het vliegveld van de stad tijdelijk in.',
      'occupation',
      'Airport seized',
    ],
    [
      'a German "von Demonstranten besetzt" is an occupation',
      'de',
      'Mittwoch war er von Demonstranten besetzt worden.',
      'occupation',
      'Protesters occupy a building',
    ],
    [
      'English protesters who "occupied the town hall" occupy it',
      'en',
      'Monday protesters occupied the town hall.',
      'occupation',
      'Protesters occupy a building',
    ],
    [
      'a German airport "wieder unter Kontrolle" of the security forces is retaken',
      'de',
      'Donnerstag ist der Flughafen nach Angaben der Behörden wieder unter Kontrolle der Sicherheitskräfte.',
      'recapture',
      'Airport retaken',
    ],
    [
      'AP’s fighters who "took over the presidential palace" seize it',
      'en',
      'Their fighters took over the presidential palace on Sunday evening and raised their flag over it.',
      'occupation',
      'Presidential palace seized',
    ],
    [
      'Dutch fighters who "namen het presidentiële paleis in" seize it',
      'nl',
      'Zondagavond namen strijders het presidentiële paleis in.',
      'occupation',
      'Presidential palace seized',
    ],
    [
      'German fighters who "besetzten den Präsidentenpalast" seize it',
      'de',
      'Am Sonntagabend besetzten Kämpfer den Präsidentenpalast.',
      'occupation',
      'Presidential palace seized',
    ],
    [
      'English troops who "retook the airport" retake it',
      'en',
      'Thursday troops retook the airport.',
      'recapture',
      'Airport retaken',
    ],
    [
      'a Dutch airport "heroverd" is retaken',
      'nl',
      'Donderdag werd het vliegveld heroverd door het leger.',
      'recapture',
      'Airport retaken',
    ],
  ])('%s', (_name, lang, text, kind, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-05')).toContainEqual({ kind, title });
  });

  it.each<[string, string, string]>([
    ['police who "seized weapons" occupy nothing', 'en', 'Wednesday police seized weapons and ammunition.'],
    [
      'a German post "besetzt" with a minister is no occupation',
      'de',
      'Mittwoch wurde das Amt mit einer Ministerin besetzt.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-05').map((c) => c.kind)).not.toContain('occupation');
  });

  it('a junta that "seized control of the country" still seizes power', () => {
    const kinds = kindsAndTitles('en', 'Wednesday the army seized control of the country.', '2022-01-05');
    expect(kinds.map((c) => c.kind)).toContain('seizure');
  });
});
