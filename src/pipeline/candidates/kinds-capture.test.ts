/**
 * A town taken by armed forces: one happening per town, titled by who took it and which town,
 * in en, nl and de; taking anything else, or a town taken by no armed force, is no capture.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOfSentence, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ALEPPO: MentionSpec = ['Aleppo', 'place', 'aleppo'];
const HAMA: MentionSpec = ['Hama', 'place', 'hama'];
const HOMS: MentionSpec = ['Homs', 'place', 'homs'];
const DAMASCUS: MentionSpec = ['Damaskus', 'place', 'damascus'];

describe('rebels or troops taking a town are a capture of that town', () => {
  it.each<[string, string, string, MentionSpec[], string?]>([
    [
      'en',
      'Saturday Syrian rebels swept into Aleppo and took control of most of the city.',
      'Rebels capture Aleppo',
      [ALEPPO],
    ],
    // The older wordings of a city taken stay an occupation, titled alike; the merge compares the two.
    ['en', 'Saturday the rebels captured the city of Hama.', 'Rebels capture Hama', [HAMA], 'occupation'],
    [
      'nl',
      'Vandaag hebben Syrische rebellen de stad Hama ingenomen.',
      'Rebels capture Hama',
      [HAMA],
      'occupation',
    ],
    ['nl', 'Zaterdag veroverden de opstandelingen Homs.', 'Rebels capture Homs', [HOMS]],
    ['de', 'Samstagabend hatten die Rebellen die Stadt Homs erobert.', 'Rebels capture Homs', [HOMS]],
    [
      'de',
      'Sonntag sind Kämpfer der islamistischen Miliz in die Hauptstadt Damaskus eingerückt.',
      'Rebels capture Damascus',
      [DAMASCUS],
    ],
    ['de', 'Sonntag nahmen russische Truppen die Stadt Homs ein.', 'Homs captured', [HOMS]],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions, kind = 'capture') => {
    expect(kindsAndTitles(lang, text, '2024-12-07', mentions)).toEqual([{ kind, title }]);
  });
});

describe('taking no town, or with no armed force, is no capture', () => {
  it.each<[string, string]>([
    ['en', 'Monday the company took control of its rival.'],
    ['nl', 'Maandag heeft de patiënt de medicijnen ingenomen.'],
    ['de', 'Montag hat der Patient die Tabletten eingenommen.'],
  ])('[%s] “%s” is no capture', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-09').map((c) => c.kind)).not.toContain('capture');
  });
});

describe('a capture told in an opening clause of time', () => {
  const text =
    'Een dag nadat rebellen Damascus innamen, zochten duizenden Syriërs maandag in de gevangenis van Saydnaya naar familieleden.';
  const [capture] = candidatesOfSentence('nl', {
    text,
    times: [day('2024-12-09', 'maandag')],
    mentions: [
      ['Damascus', 'place', 'damascus'],
      ['Saydnaya', 'place', 'saydnaya'],
    ],
  }).filter((c) => c.kind === 'capture');

  it('is titled by the town the clause names, not the place of the main clause', () => {
    expect(capture?.title).toBe('Rebels capture Damascus');
  });

  it('is dated the day before the main clause’s day', () => {
    expect(capture?.when.start).toBe('2024-12-08');
  });
});

describe('a town right after a capture verb is the town captured, never who captured it', () => {
  it.each<[string, string, string, MentionSpec]>([
    ['en', 'Dec. 8 - Rebels capture Damascus.', 'Dec. 8', ['Damascus', 'place', 'damascus']],
    [
      'nl',
      '**8 december** – De rebellen nemen Damascus in.',
      '8 december',
      ['Damascus', 'place', 'damascus'],
    ],
    ['nl', '**5 december** – De rebellen veroveren Hama.', '5 december', HAMA],
    ['de', '8. Dezember: Die Rebellen nehmen Damaskus ein.', '8. Dezember', DAMASCUS],
  ])('[%s] the timeline entry “%s” is titled by its town', (lang, text, label, town) => {
    const date = label.includes('5') ? '2024-12-05' : '2024-12-08';
    const doc = article('doc', lang, [{ text, times: [day(date, label)], mentions: [town] }], '2024-12-09');
    const [capture] = extractCandidates(doc).filter((c) => c.kind === 'capture');
    expect([capture?.title, capture?.agent, capture?.places]).toEqual([
      `Rebels capture ${town[0] === 'Damaskus' ? 'Damascus' : town[0]}`,
      undefined,
      [town[2]],
    ]);
  });
});
