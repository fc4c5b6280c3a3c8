/**
 * What a report about one country tells with no place of its own, and with no one of another
 * country taking part, is put on the map in that country: "the government has quickly lowered LPG
 * prices" and "the internet was switched off" in a report about Kazakhstan are Kazakhstan's. A
 * saying is where its speaker is: Tokayev's in Kazakhstan, Modi's not.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import type { CandidateOptions } from './options.ts';
import { extractCandidates } from './stage.ts';
import { article, type SentenceSpec } from './test-helpers.ts';

type Named = [string, Mention['kind'], string];

const countries: Record<string, string> = {
  kazakhstan: 'KZ',
  almaty: 'KZ',
  germany: 'DE',
  berlin: 'DE',
  'united-states': 'US',
  india: 'IN',
};
const homes: Record<string, string> = { tokayev: 'kazakhstan', modi: 'india', blinken: 'united-states' };
const options: CandidateOptions = {
  countryOfPlace: (id) => countries[id],
  placeKindOf: (id) => (id === 'almaty' ? 'city' : countries[id] ? 'country' : undefined),
  kindOf: (id) => (countries[id] ? 'place' : homes[id] ? 'person' : undefined),
  countryOfActor: (id) => homes[id],
};

/** Three sentences of a report about Kazakhstan, each its own paragraph, before the one read. */
const ABOUT: Record<string, SentenceSpec[]> = {
  en: [
    {
      text: 'Countries are taking measures in response to the unrest in Kazakhstan.',
      mentions: [['Kazakhstan', 'place', 'kazakhstan']],
    },
    {
      text: 'Last week’s demonstrations are the largest in 30 years in Kazakhstan.',
      mentions: [['Kazakhstan', 'place', 'kazakhstan']],
    },
    { text: 'Friday was relatively quiet in Almaty.', mentions: [['Almaty', 'place', 'almaty']] },
  ],
  nl: [
    {
      text: 'Landen nemen maatregelen naar aanleiding van de onrust in Kazachstan.',
      mentions: [['Kazachstan', 'place', 'kazakhstan']],
    },
    {
      text: 'De demonstraties van de afgelopen week zijn de grootste in dertig jaar in Kazachstan.',
      mentions: [['Kazachstan', 'place', 'kazakhstan']],
    },
    { text: 'Vrijdag bleef het relatief rustig in Almaty.', mentions: [['Almaty', 'place', 'almaty']] },
  ],
  de: [
    { text: 'Die Lage in Kasachstan spitzt sich zu.', mentions: [['Kasachstan', 'place', 'kazakhstan']] },
    {
      text: 'Es sind die größten Proteste seit 30 Jahren in Kasachstan.',
      mentions: [['Kasachstan', 'place', 'kazakhstan']],
    },
    { text: 'Am Freitag blieb es in Almaty relativ ruhig.', mentions: [['Almaty', 'place', 'almaty']] },
  ],
};

function homeOf(
  lang: string,
  text: string,
  kind: string,
  mentions: Named[] = [],
  before = ABOUT[lang] ?? [],
) {
  const doc = article('d', lang, [...before, { text, mentions }]);
  const found = extractCandidates(doc, options).filter((c) => c.sentence.text === text && c.kind === kind);
  expect(found.length).toBeGreaterThan(0);
  return found[0]?.homePlaces;
}

describe('where a report about one country puts what it tells at no place', () => {
  it.each<[string, string, string, string, Named[], string[] | undefined]>([
    [
      'the LPG prices the government lowered were lowered in Kazakhstan',
      'en',
      'Although the government has quickly lowered LPG prices, anti-government protests continue.',
      'price-cut',
      [],
      ['kazakhstan'],
    ],
    [
      'the internet switched off was switched off there',
      'en',
      'The internet was at least temporarily switched off.',
      'internet',
      [],
      ['kazakhstan'],
    ],
    [
      'Dutch: de lpg-prijzen die de overheid bijstelde, likewise',
      'nl',
      'Hoewel de overheid de lpg-prijzen snel naar beneden heeft bijgesteld, houden de antiregeringsprotesten aan.',
      'price-cut',
      [],
      ['kazakhstan'],
    ],
    [
      'German: das abgeschaltete Internet, likewise',
      'de',
      'Das Internet wurde zeitweise abgeschaltet.',
      'internet',
      [],
      ['kazakhstan'],
    ],
    [
      'Tokayev, Kazakhstan’s president, speaks at home',
      'en',
      'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.”',
      'statement',
      [['Tokayev', 'actor', 'tokayev']],
      ['kazakhstan'],
    ],
    [
      'India’s prime minister declares mourning in India, not in the report’s country',
      'en',
      'Indian Prime Minister Narendra Modi declared a day of national mourning on Saturday.',
      'emergency',
      [['Narendra Modi', 'actor', 'modi']],
      undefined,
    ],
    [
      'a saying by no one of the report’s country is put nowhere',
      'en',
      'US Secretary of State Antony Blinken has expressed his concerns about this.',
      'statement',
      [['Antony Blinken', 'actor', 'blinken']],
      undefined,
    ],
  ])('%s', (_, lang, text, kind, mentions, expected) => {
    expect(homeOf(lang, text, kind, mentions)).toEqual(expected);
  });

  it('a report naming two countries as often is about neither', () => {
    const even: SentenceSpec[] = [
      ...(ABOUT.en ?? []),
      { text: 'Germany halted arms exports.', mentions: [['Germany', 'place', 'germany']] },
      { text: 'Germany issued licences.', mentions: [['Germany', 'place', 'germany']] },
    ];
    expect(
      homeOf('en', 'The internet was at least temporarily switched off.', 'internet', [], even),
    ).toBeUndefined();
  });

  it('a paragraph that names a place of another country puts it nowhere', () => {
    const text = 'The internet was at least temporarily switched off.';
    const before: SentenceSpec[] = [
      ...(ABOUT.en ?? []),
      { text: 'Berlin reacted with concern.', mentions: [['Berlin', 'place', 'berlin']], paragraph: 'p9' },
    ];
    const doc = article('d', 'en', [...before, { text, paragraph: 'p9' }]);
    const found = extractCandidates(doc, options).filter((c) => c.kind === 'internet');
    expect(found[0]?.homePlaces).toBeUndefined();
  });
});
