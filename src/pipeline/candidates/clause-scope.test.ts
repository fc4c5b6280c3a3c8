/**
 * What an event shows as its actors and places is what the clause of its happening names: the
 * storming after which Massimov was sacked was no act of Massimov's, and the sacking happened in
 * no Almaty.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

type Named = [string, Mention['kind'], string];

const MASSIMOV_EN =
  "Massimov was sacked as head of the KNB this week after demonstrators stormed government buildings in Kazakhstan's largest city, Almaty.";

describe('actors and places of a happening’s own clause', () => {
  it.each<[string, string, string, Named[], string, string[] | undefined, string[] | undefined]>([
    [
      'the storming after which Massimov was sacked shows neither Massimov nor the KNB',
      'en',
      MASSIMOV_EN,
      [
        ['Massimov', 'actor', 'massimov'],
        ['KNB', 'actor', 'knb'],
        ['Kazakhstan', 'place', 'kazakhstan'],
        ['Almaty', 'place', 'almaty'],
      ],
      'riot',
      ['knb', 'massimov'],
      undefined,
    ],
    [
      'a removal "after the presidential guard detained him in Niamey" took place in Niger',
      'en',
      'Soldiers in Niger removed President Mohamed Bazoum from power after the presidential guard detained him in Niamey.',
      [
        ['Niger', 'place', 'niger'],
        ['Mohamed Bazoum', 'actor', 'bazoum'],
        ['Niamey', 'place', 'niamey'],
      ],
      'coup',
      undefined,
      ['niamey'],
    ],
    [
      'a Dutch sacking, done in office, is not where the storming "nadat" it took place',
      'nl',
      'Massimov werd ontslagen nadat betogers in Almaty regeringsgebouwen hadden bestormd.',
      [
        ['Massimov', 'actor', 'massimov'],
        ['Almaty', 'place', 'almaty'],
      ],
      'dismissal',
      undefined,
      ['almaty'],
    ],
    [
      'an English sacking "after demonstrators stormed government buildings in … Almaty" is not in Almaty',
      'en',
      MASSIMOV_EN,
      [
        ['Massimov', 'actor', 'massimov'],
        ['KNB', 'actor', 'knb'],
        ['Kazakhstan', 'place', 'kazakhstan'],
        ['Almaty', 'place', 'almaty'],
      ],
      'dismissal',
      undefined,
      ['almaty', 'kazakhstan'],
    ],
    [
      'an arrest "after fans were attacked in Amsterdam" keeps the Amsterdam of its scene',
      'en',
      'Police arrested 62 people after fans were attacked in Amsterdam.',
      [['Amsterdam', 'place', 'amsterdam']],
      'arrest',
      undefined,
      undefined,
    ],
    [
      'a German storming "nachdem Demonstranten …" shows no Massimov, and keeps Almaty',
      'de',
      'Massimow wurde entlassen, nachdem Demonstranten in Almaty Regierungsgebäude gestürmt hatten.',
      [
        ['Massimow', 'actor', 'massimov'],
        ['Almaty', 'place', 'almaty'],
      ],
      'riot',
      ['massimov'],
      undefined,
    ],
    [
      'a cabinet that fell "nadat" is no act of the prime minister who resigned',
      'nl',
      'Rutte was in juli afgetreden nadat zijn kabinet was gevallen over het migratiebeleid.',
      [['Rutte', 'actor', 'rutte']],
      'government-collapse',
      ['rutte'],
      undefined,
    ],
    [
      'the place of the main clause sets the scene of what its "after" clause tells',
      'en',
      'Parts of Kazakhstan have been restless for days after the price for LPG was increased.',
      [['Kazakhstan', 'place', 'kazakhstan']],
      'price-rise',
      undefined,
      undefined,
    ],
    [
      'riots "after the death of Nahel" keep Nahel, whose death they are about',
      'en',
      'Riots broke out in Nanterre after the death of Nahel, who was shot dead by a police officer.',
      [
        ['Nanterre', 'place', 'nanterre'],
        ['Nahel', 'actor', 'nahel'],
      ],
      'riot',
      undefined,
      undefined,
    ],
    [
      'the dead "After the fire in Tehran\'s Evin prison" keep the prison',
      'en',
      "After the fire in Tehran's notorious Evin prison, the Iranian judiciary on Monday raised the number of dead prisoners to eight.",
      [
        ['Tehran', 'place', 'tehran'],
        ['Evin prison', 'place', 'evin-prison'],
      ],
      'death',
      undefined,
      undefined,
    ],
    [
      'a chapel "which was closed to visitors" is the chapel closed',
      'en',
      'The conclave will be held in the Sistine Chapel, which was closed to visitors on Monday.',
      [['Sistine Chapel', 'actor', 'sistine-chapel']],
      'closure',
      undefined,
      undefined,
    ],
    [
      'a release whose own clause names no place is not where the freed man once killed',
      'en',
      'In return, Germany released Vadim Krasikov, who was serving a life sentence for the 2019 murder of a Chechen dissident in Berlin.',
      [
        ['Germany', 'actor', 'germany'],
        ['Vadim Krasikov', 'actor', 'krasikov'],
        ['Berlin', 'place', 'berlin'],
      ],
      'release',
      undefined,
      ['berlin'],
    ],
    [
      'a German call by the candidate "die nach Litauen geflohen ist" was not made in Lithuania',
      'de',
      'Die Oppositionskandidatin Swetlana Tichanowskaja, die nach Litauen geflohen ist, hatte zu den Protesten aufgerufen.',
      [
        ['Swetlana Tichanowskaja', 'actor', 'tsikhanouskaya'],
        ['Litauen', 'place', 'lithuania'],
      ],
      'call',
      undefined,
      ['lithuania'],
    ],
    [
      'a killing told "who was shot and killed in Nara City" was not in the Tokyo of the funeral after it',
      'en',
      'The funeral of former Prime Minister Shinzo Abe who was shot and killed during a street speech in Nara City was performed at Zojoji Temple in Tokyo.',
      [
        ['Shinzo Abe', 'actor', 'abe'],
        ['Nara City', 'place', 'nara'],
        ['Zojoji Temple', 'place', 'zojoji'],
        ['Tokyo', 'place', 'tokyo'],
      ],
      'death',
      undefined,
      ['tokyo', 'zojoji'],
    ],
  ])('%s', (_name, lang, text, mentions, kind, actors, places) => {
    const found = extractCandidates(article('d', lang, [{ text, mentions }])).find((c) => c.kind === kind);
    expect(found, kind).toBeDefined();
    expect(found?.asideActors).toEqual(actors);
    expect(found?.asidePlaces).toEqual(places);
  });
});
