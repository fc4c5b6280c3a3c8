/**
 * A craft lost at sea or in the air: contact lost, sounds picked up while searching, wreckage found
 * and the missing declared dead, in all three languages.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a craft lost and searched for', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'contact lost with its support ship',
      'en',
      'The Titan began its descent on Sunday morning and lost contact with its support ship about an hour and 45 minutes into the dive.',
      [],
      'Contact lost',
    ],
    [
      'het contact verloren met het moederschip',
      'nl',
      'De Titan verloor zondag het contact met het moederschip Polar Prince.',
      [],
      'Contact lost',
    ],
    [
      'der Kontakt zum Tauchboot abgebrochen',
      'de',
      'Am Sonntagmorgen war der Kontakt zum Tauchboot abgebrochen.',
      [],
      'Contact lost with the submersible',
    ],
    [
      'sounds a Dutch plane picked up',
      'nl',
      'Een Canadees verkenningsvliegtuig heeft dinsdag onder water geluiden opgevangen.',
      [],
      'Sounds detected',
    ],
    [
      'a sound the US Navy recorded',
      'de',
      'Die US-Marine hat bereits am Sonntag ein Geräusch aufgezeichnet.',
      [],
      'Sounds detected',
    ],
    [
      'banging heard by a Canadian aircraft',
      'en',
      'A Canadian aircraft detected underwater noises on Tuesday in the search area.',
      [],
      'Sounds detected',
    ],
    [
      'debris a robot found on the seabed',
      'en',
      'A remotely operated vehicle found debris on the seabed on Thursday, about 1,600 feet from the bow of the Titanic.',
      [],
      'Wreckage found',
    ],
    [
      'wrakstukken die een onderzeeër vond',
      'nl',
      "Een onbemande robot vond vandaag op de zeebodem, zo'n 500 meter van de boeg van de Titanic, wrakstukken van de Titan.",
      [],
      'Wreckage found',
    ],
    [
      'Trümmerteile eines Tauchboots entdeckt',
      'de',
      'Am Donnerstag hatte ein Tauchroboter Trümmerteile des Tauchboots entdeckt.',
      [],
      'Wreckage of the submersible found',
    ],
  ])('%s (%s): “%s” is titled %j', (_what, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-06-22', mentions).map((k) => k.title)).toContain(title);
  });

  it.each<[string, string]>([
    ['en', 'The Coast Guard declared all five occupants dead on Thursday.'],
    ['nl', 'De kustwacht heeft de vijf inzittenden donderdag dood verklaard.'],
    ['de', 'Die Küstenwache erklärte am Donnerstag alle fünf Insassen für tot.'],
  ])('in %s, the missing declared dead (“%s”) are five occupants killed', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-22')).toContainEqual({
      kind: 'death',
      title: '5 occupants killed',
    });
  });

  it.each<[string, string]>([
    ['en', 'Rescuers pulled three children from under the debris on Tuesday.'],
    ['de', 'Unter den Trümmern wurden am Dienstag drei Leichen gefunden.'],
    [
      'en',
      'The debris found on the seabed was consistent with a catastrophic implosion, he said on Thursday.',
    ],
  ])('in %s, “%s” reports no wreckage found', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-22').map((k) => k.kind)).not.toContain('wreckage-found');
  });
});
