import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { aimedAt, aimedCountry } from './target-place.ts';
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

/** The countries listed organisations belong to (data/actors.json `country`). */
const BODIES: Record<string, string> = { 'morality-police': 'iran', irgc: 'iran', knb: 'kazakhstan' };

/** [sentence, its trigger, its mentions, the country the measure is aimed at or undefined, its agent] */
const BODY_CASES: [string, string, MentionSpec[], string | undefined, string?][] = [
  [
    'Die USA hatten am Donnerstag Sanktionen gegen die Sittenpolizei und mehrere ranghohe Sicherheitsbeamte verhängt.',
    'Sanktionen',
    [
      ['USA', 'actor', 'united-states'],
      ['Sittenpolizei', 'actor', 'morality-police'],
    ],
    'iran',
    'united-states',
  ],
  [
    'On Monday, the EU foreign ministers in Luxembourg imposed sanctions on eleven people and four organisations, including the morality police and its head.',
    'sanctions',
    [
      ['EU', 'actor', 'european-union'],
      ['Luxembourg', 'place', 'luxembourg'],
      ['morality police', 'actor', 'morality-police'],
    ],
    'iran',
    'european-union',
  ],
  [
    'Canada kondigde dinsdag sancties aan tegen de Revolutionaire Garde.',
    'sancties',
    [
      ['Canada', 'actor', 'canada'],
      ['Revolutionaire Garde', 'actor', 'irgc'],
    ],
    'iran',
    'canada',
  ],
  [
    'The European Union imposed sanctions against Russia and the morality police.',
    'sanctions',
    [
      ['European Union', 'actor', 'european-union'],
      ['Russia', 'place', 'russia'],
      ['morality police', 'actor', 'morality-police'],
    ],
    'russia',
  ],
  [
    'Britain imposed sanctions on Wednesday on the Wagner Group.',
    'sanctions',
    [['Wagner Group', 'actor', 'wagner-group']],
    undefined,
  ],
  [
    'The morality police said on Monday that the sanctions would change nothing.',
    'sanctions',
    [['morality police', 'actor', 'morality-police']],
    undefined,
  ],
];

describe('the country of the organisation a measure is aimed at', () => {
  it.each(
    BODY_CASES.map(([text, trigger, mentions, aim, agent]) => ({ text, trigger, mentions, aim, agent })),
  )('in “$text” the $trigger are aimed at $aim', ({ text, trigger, mentions, aim, agent }) => {
    const s = sentence({ text, mentions });
    const end = text.indexOf(trigger) + trigger.length;
    const by = s.mentions.find((m) => m.id === agent);
    const isCountry = (m: Mention) => m.id !== undefined && COUNTRIES.has(m.id);
    const countryOf = (m: Mention) => (m.id === undefined ? undefined : BODIES[m.id]);
    expect(aimedCountry(text, end, s.mentions, isCountry, countryOf, by)?.id).toBe(aim);
  });
});

const NAMES: Record<string, string> = {
  canada: 'Canada',
  trudeau: 'Justin Trudeau',
  iran: 'Iran',
  'european-union': 'European Union',
  luxembourg: 'Luxembourg',
  'morality-police': 'Morality Police',
  'united-states': 'United States',
};

function titlesOf(text: string, when: string, mentions: MentionSpec[], lang = 'en'): string[] {
  const doc = article('doc', lang, [{ text, times: [day('2022-10-17', when)], mentions }], '2022-10-17');
  return extractCandidates(doc, {
    nameOf: (id) => NAMES[id],
    placeKindOf: (id) => (COUNTRIES.has(id) ? 'country' : undefined),
    countryOfActor: (id) => BODIES[id],
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
          'European Union imposes sanctions on Iran',
        ],
        [
          'Die USA hatten am Donnerstag Sanktionen gegen die Sittenpolizei und mehrere ranghohe Sicherheitsbeamte verhängt.',
          'am Donnerstag',
          [
            ['USA', 'actor', 'united-states'],
            ['Sittenpolizei', 'actor', 'morality-police'],
          ],
          'United States imposes sanctions on Iran',
          'de',
        ],
      ] as [string, string, MentionSpec[], string, string?][]
    ).map(([text, when, mentions, title, lang]) => ({ text, when, mentions, title, lang })),
  )('“$text” is titled “$title”', ({ text, when, mentions, title, lang }) => {
    expect(titlesOf(text, when, mentions, lang)).toEqual([title]);
  });
});
