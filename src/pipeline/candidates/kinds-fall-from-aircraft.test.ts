/** People falling from a plane that takes off, as the airlift from Kabul saw them. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('people falling from a plane', () => {
  it.each<[string, string, string, string]>([
    [
      'AP’s footage of “two people falling from the plane”',
      'en',
      'Other footage showed two people falling from the plane as it climbed over the city.',
      '2 people fall from a plane',
    ],
    [
      'the translation’s “at least three persons fell from the airplane”',
      'en',
      'According to the eyewitnesses, at least three persons fell from the airplane after its flight over the houses of the north of the city.',
      'At least 3 people fall from a plane',
    ],
    [
      'a Dutch “stortten twee mensen uit een opstijgend Amerikaans vliegtuig”',
      'nl',
      'Maandag stortten twee mensen uit een opstijgend Amerikaans vliegtuig.',
      '2 people fall from a plane',
    ],
    [
      'a German “stürzten mindestens zwei Menschen aus dem startenden Flugzeug in die Tiefe”',
      'de',
      'Am Montag stürzten mindestens zwei Menschen aus dem startenden Flugzeug in die Tiefe.',
      'At least 2 people fall from a plane',
    ],
  ])('%s', (_name, lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2021-08-16')).toContainEqual({ kind: 'fall-from-aircraft', title });
  });

  it.each<[string, string, string]>([
    [
      'shares that “fell from” a high',
      'en',
      'Boeing shares fell from a record high after the jet was grounded.',
    ],
    ['a Dutch plane that “stortte neer”', 'nl', 'Het vliegtuig stortte neer in een rivierkloof.'],
  ])('%s tell no fall from a plane', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2021-08-16').map((c) => c.kind)).not.toContain('fall-from-aircraft');
  });
});
