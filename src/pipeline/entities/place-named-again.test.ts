/**
 * A town a report names once as a place is that town where the report names it again without a
 * word of place; not where the sentence speaks of football, nor where it names the land around it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const CRUSH = 'A crush in a packed tunnel at the Love Parade in Duisburg killed at least 18 people.';

describe('a town named again without a word of place is the town the report named', () => {
  it.each<[string, string, string, string]>([
    ['en', CRUSH, "The Duisburg prosecutor's office said it would investigate.", 'Duisburg'],
    [
      'en',
      'A month after the disaster, the city of Duisburg is still looking for answers.',
      'Sauerland, a Christian Democrat who has governed Duisburg since 2004, has refused all calls to resign.',
      'Duisburg',
    ],
    [
      'nl',
      'Het aantal doden na het drama bij de Love Parade in het Duitse Duisburg is gestegen tot 21.',
      'Ook veel Nederlanders bezochten de Love Parade; Duisburg ligt op nog geen veertig kilometer van de grens.',
      'Duisburg',
    ],
    [
      'de',
      'Die Massenpanik bei der Loveparade in Duisburg hat 21 Menschen das Leben gekostet.',
      'Duisburg trauert um die Opfer.',
      'Duisburg',
    ],
  ])('in %s, after “%s”, “%s” names the town', (language, first, again, name) => {
    const [, mentions] = mentionsOf(stage, language, [first, again]);
    expect(findMention(mentions, name)).toMatchObject({ kind: 'place', id: 'duisburg' });
  });

  it.each<[string, string, string, string]>([
    ['en', CRUSH, 'On Sunday Duisburg beat Schalke 2-1 in the Bundesliga.', 'Duisburg'],
    [
      'nl',
      'Het aantal doden na het drama in het Duitse Duisburg is gestegen tot 21.',
      'Het voetbalelftal Duisburg speelt zondag niet.',
      'Duisburg',
    ],
    [
      'en',
      'A fire broke out at an oil depot in Voronezh.',
      'The governor of the Voronezh region said a military convoy was moving through the region.',
      'Voronezh',
    ],
  ])('in %s, after “%s”, “%s” does not name the town', (language, first, again, name) => {
    const [, mentions] = mentionsOf(stage, language, [first, again]);
    expect(findMention(mentions, name)?.kind).not.toBe('place');
  });

  it('a club named with the town ("MSV Duisburg") stays the club', () => {
    const [, mentions] = mentionsOf(stage, 'nl', [
      'Zaterdag wordt in de Salvatorkirche in Duisburg een herdenkingsdienst gehouden.',
      'De dienst wordt ook uitgezonden in het voetbalstadion van MSV Duisburg.',
    ]);
    expect(findMention(mentions, 'MSV Duisburg')?.kind).toBe('unknown');
  });
});
