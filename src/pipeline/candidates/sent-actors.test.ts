/**
 * Who a reader signs as the actors of troops sent or arrived: who sent them and whose they are,
 * never who only speaks of them, thanks for them or asked for them.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from './event-candidate.ts';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

/** The actors an event of the candidate shows: those not put aside. */
const shown = (c: EventCandidate | undefined) =>
  c?.actors.filter((id) => !c.asideActors?.includes(id)).sort();

const troopsOf = (lang: string, text: string, mentions: MentionSpec[]) =>
  candidatesOf(lang, text, '2022-01-07', mentions).find((c) => c.kind === 'troops');

describe('the actors of troops sent or arrived', () => {
  it.each<[string, string, MentionSpec[], string | undefined, string[]]>([
    [
      'en',
      'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan — 2,500 of whom arrived in the country on Thursday.',
      [
        ['Antony Blinken', 'actor', 'blinken'],
        ['United States', 'actor', 'united-states'],
        ['Russian', 'actor', 'russia'],
        ['Kazakhstan', 'place', 'kazakhstan'],
      ],
      'russia',
      ['russia'],
    ],
    [
      'nl',
      'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken zei vrijdag tijdens een persconferentie ook dat de Verenigde Staten „meer te weten willen komen” over het afreizen van Russische soldaten naar Kazachstan – donderdag kwamen 2.500 van hen in het land aan.',
      [
        ['Antony Blinken', 'actor', 'blinken'],
        ['Verenigde Staten', 'actor', 'united-states'],
        ['Russische', 'actor', 'russia'],
        ['Kazachstan', 'place', 'kazakhstan'],
      ],
      'russia',
      ['russia'],
    ],
    [
      'en',
      'In a televised address, Tokayev thanked his ally, Russian President Vladimir Putin, for sending troops to support the Kazakh security forces.',
      [
        ['Tokayev', 'actor', 'tokayev'],
        ['Russian President Vladimir Putin', 'actor', 'putin'],
        ['Kazakh', 'actor', 'kazakhstan'],
      ],
      'putin',
      ['putin'],
    ],
    [
      'de',
      'Verteidigungsministerin Annegret Kramp-Karrenbauer sagte, alle deutschen Soldaten seien wohlbehalten in Taschkent angekommen.',
      [
        ['Annegret Kramp-Karrenbauer', 'actor', 'kramp-karrenbauer'],
        ['deutschen', 'actor', 'germany'],
        ['Taschkent', 'place', 'tashkent'],
      ],
      'germany',
      ['germany'],
    ],
    [
      'en',
      'Russian paratroopers arrive in Kazakhstan as part of a Collective Security Treaty Organization (CSTO) force.',
      [
        ['Russian', 'actor', 'russia'],
        ['Kazakhstan', 'place', 'kazakhstan'],
        ['Collective Security Treaty Organization', 'actor', 'csto'],
      ],
      'russia',
      ['csto', 'russia'],
    ],
    [
      'en',
      'The Collective Security Treaty Organization has sent troops to Kazakhstan at the request of Tokayev.',
      [
        ['Collective Security Treaty Organization', 'actor', 'csto'],
        ['Kazakhstan', 'place', 'kazakhstan'],
        ['Tokayev', 'actor', 'tokayev'],
      ],
      'csto',
      ['csto'],
    ],
  ])('[%s] “%s”', (lang, text, mentions, agent, actors) => {
    const c = troopsOf(lang, text, mentions);
    expect(c?.agent).toBe(agent);
    expect(shown(c)).toEqual(actors);
  });
});
