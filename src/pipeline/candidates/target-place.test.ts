import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { aimedAt } from './target-place.ts';
import { article, day, type MentionSpec, sentence } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const COUNTRIES = new Set(['canada', 'iran', 'russia', 'niger', 'luxembourg', 'united-states', 'belgium']);

/** [sentence, its trigger, its mentions, the id of what the measure is aimed at or undefined] */
const CASES: [string, string, MentionSpec[], string | undefined, string?][] = [
  [
    "Canada's prime minister, Justin Trudeau, announced sanctions on Monday against 25 senior Iranian officials and nine entities, including the morality police.",
    'sanctions',
    [
      ['Canada', 'place', 'canada'],
      ['Justin Trudeau', 'actor', 'trudeau'],
      ['Iranian', 'actor', 'iran'],
      ['morality police', 'actor', 'morality-police'],
    ],
    'iran',
  ],
  [
    'On Monday, the EU foreign ministers in Luxembourg imposed sanctions on eleven people and four organisations, including the morality police and its head.',
    'sanctions',
    [
      ['EU', 'actor', 'european-union'],
      ['Luxembourg', 'place', 'luxembourg'],
      ['morality police', 'actor', 'morality-police'],
    ],
    undefined,
  ],
  [
    'The European Union has imposed new sanctions against Russia.',
    'sanctions',
    [
      ['European Union', 'actor', 'european-union'],
      ['Russia', 'place', 'russia'],
    ],
    'russia',
  ],
  [
    'The bloc also imposed sanctions on Niger, suspending all commercial and financial transactions with the country.',
    'sanctions',
    [['Niger', 'place', 'niger']],
    'niger',
  ],
  [
    'Britain had already imposed sanctions on Wednesday on six heads of the penal colony where Navalny died.',
    'sanctions',
    [['Navalny', 'actor', 'navalny']],
    undefined,
  ],
  [
    'The United States imposed sanctions against American companies trading with Iran.',
    'sanctions',
    [
      ['United States', 'actor', 'united-states'],
      ['American', 'actor', 'united-states'],
      ['Iran', 'place', 'iran'],
    ],
    undefined,
    'united-states',
  ],
  [
    'The EU agreed sanctions on Monday in Luxembourg against the Iranian morality police.',
    'sanctions',
    [
      ['EU', 'actor', 'european-union'],
      ['Luxembourg', 'place', 'luxembourg'],
      ['Iranian', 'actor', 'iran'],
    ],
    'iran',
  ],
  [
    'Die EU hatte am Freitag ihr 13. Sanktionspaket gegen Russland beschlossen.',
    'Sanktionspaket',
    [
      ['EU', 'actor', 'european-union'],
      ['Russland', 'place', 'russia'],
    ],
    'russia',
  ],
  [
    'Die EU-Außenminister einigten sich in Brüssel auf Sanktionen gegen iranische Beamte.',
    'Sanktionen',
    [
      ['EU', 'actor', 'european-union'],
      ['Brüssel', 'place', 'brussels'],
      ['iranische', 'actor', 'iran'],
    ],
    'iran',
  ],
  [
    'Die Außenminister beschlossen am Montag in Luxemburg neue Sanktionen.',
    'Sanktionen',
    [['Luxemburg', 'place', 'luxembourg']],
    undefined,
  ],
  [
    'Nederland kondigde dinsdag sancties aan tegen Rusland.',
    'sancties',
    [
      ['Nederland', 'actor', 'netherlands'],
      ['Rusland', 'place', 'russia'],
    ],
    'russia',
  ],
  [
    'De ministers van Buitenlandse Zaken stemden in België in met sancties tegen de Iraanse zedenpolitie.',
    'sancties',
    [
      ['België', 'place', 'belgium'],
      ['Iraanse', 'actor', 'iran'],
    ],
    'iran',
  ],
];

describe('what a measure is aimed at', () => {
  it.each(CASES.map(([text, trigger, mentions, aim, agent]) => ({ text, trigger, mentions, aim, agent })))(
    'in “$text” the $trigger are aimed at $aim',
    ({ text, trigger, mentions, aim, agent }) => {
      const s = sentence({ text, mentions });
      const end = text.indexOf(trigger) + trigger.length;
      const by = s.mentions.find((m) => m.id === agent);
      const isCountry = (m: Mention) => m.id !== undefined && COUNTRIES.has(m.id);
      expect(aimedAt(text, end, s.mentions, isCountry, by)?.id).toBe(aim);
    },
  );
});

const NAMES: Record<string, string> = {
  canada: 'Canada',
  trudeau: 'Justin Trudeau',
  iran: 'Iran',
  'european-union': 'European Union',
  luxembourg: 'Luxembourg',
  'morality-police': 'Morality Police',
};

function titlesOf(text: string, when: string, mentions: MentionSpec[]): string[] {
  const doc = article('doc', 'en', [{ text, times: [day('2022-10-17', when)], mentions }], '2022-10-17');
  return extractCandidates(doc, {
    nameOf: (id) => NAMES[id],
    placeKindOf: (id) => (COUNTRIES.has(id) ? 'country' : undefined),
  })
    .filter((c) => c.kind === 'sanctions')
    .map((c) => c.title);
}

describe('a sanctions title names whom they are aimed at', () => {
  it.each(
    (
      [
        [
          "Canada's prime minister, Justin Trudeau, announced sanctions on Monday against 25 senior Iranian officials and nine entities, including the morality police.",
          'on Monday',
          [
            ['Canada', 'place', 'canada'],
            ['Justin Trudeau', 'actor', 'trudeau'],
            ['Iranian', 'actor', 'iran'],
            ['morality police', 'actor', 'morality-police'],
          ],
          'Justin Trudeau imposes sanctions on Iran',
        ],
        [
          'On Monday, the EU foreign ministers in Luxembourg imposed sanctions on eleven people and four organisations, including the morality police and its head.',
          'On Monday',
          [
            ['EU', 'actor', 'european-union'],
            ['Luxembourg', 'place', 'luxembourg'],
            ['morality police', 'actor', 'morality-police'],
          ],
          'European Union imposes sanctions',
        ],
      ] as [string, string, MentionSpec[], string][]
    ).map(([text, when, mentions, title]) => ({ text, when, mentions, title })),
  )('“$text” is titled “$title”', ({ text, when, mentions, title }) => {
    expect(titlesOf(text, when, mentions)).toEqual([title]);
  });
});
