/**
 * A count of a whole country and a far smaller count of one province, city or landmark in it are
 * two counts, not one toll revised: the Kurdistan governor's three dead stay apart from the
 * nationwide tolls, which still join each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { day, sentence, type MentionSpec } from '../candidates/test-helpers.ts';
import type { ChronologyEvent, EventFile } from '../../schema/events.ts';
import { areaClash, areaSide } from './area-counts.ts';
import { featuresOf } from './features.ts';
import { testCandidate } from './test-candidate.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const PLACES: Record<string, [kind: string, country: string]> = {
  iran: ['country', 'IR'],
  libya: ['country', 'LY'],
  'kurdistan-province': ['region', 'IR'],
  gilan: ['region', 'IR'],
  tehran: ['city', 'IR'],
  derna: ['city', 'LY'],
  spain: ['country', 'ES'],
  'valencia-region': ['region', 'ES'],
  paiporta: ['town', 'ES'],
};
const countryOf = (id: string) => PLACES[id]?.[1];
const placeKindOf = (id: string) => PLACES[id]?.[0];

/** A count of `counts` in `text`, placed where its mentions say; one text is one sentence. */
function count(text: string, value: number, mentions: MentionSpec[] = [], counts = 'people killed') {
  const when = day('2022-09-20');
  const s = { ...sentence({ text, when, mentions }), id: text };
  const c = testCandidate(s, when, {
    kind: 'death',
    places: mentions.flatMap(([, , place]) => (place === undefined ? [] : [place])),
    figures: [{ value, counts, text: String(value), qualifier: 'exact' }],
  });
  return areaSide(c, featuresOf(c, countryOf), countryOf, placeKindOf);
}

const GOVERNOR =
  'De gouverneur van de provincie Koerdistan bevestigde dinsdag dat er bij de protesten drie doden zijn gevallen.';
const KURDISTAN: MentionSpec[] = [['provincie Koerdistan', 'place', 'kurdistan-province']];

describe('a count of one province, city or landmark against a count of its whole country', () => {
  it.each([
    [
      'the governor’s three dead in Kurdistan are no revision of a rights group’s 31 dead that names no place',
      count(GOVERNOR, 3, KURDISTAN),
      count(
        'Iran Human Rights said on Thursday that at least 31 people had been killed in the crackdown.',
        31,
      ),
      true,
    ],
    [
      'nor of state television’s 41 dead across Iran',
      count(GOVERNOR, 3, KURDISTAN),
      count(
        'Bei den landesweiten Protesten im Iran sind nach Angaben des Staatsfernsehens bislang 41 Menschen getötet worden.',
        41,
        [['Iran', 'place', 'iran']],
      ),
      true,
    ],
    [
      'a toll given with the capital named and without it is one toll',
      count('At least 41 people have been killed in Tehran and other cities, state television said.', 41, [
        ['Tehran', 'place', 'tehran'],
      ]),
      count('State television said that 41 people had been killed in the protests.', 41),
      false,
    ],
    [
      'seventeen dead in Tehran are no small part of 41 nationwide',
      count('Seventeen people were killed in Tehran, police said.', 17, [['Tehran', 'place', 'tehran']]),
      count('State television said that 41 people had been killed in the protests.', 41),
      false,
    ],
    [
      'a city’s count larger than the country’s is a later count, not a part',
      count('In Derna alone, 2,000 people were killed.', 2000, [['Derna', 'place', 'derna']]),
      count('At least 150 people were killed in the floods in Libya.', 150, [['Libya', 'place', 'libya']]),
      false,
    ],
    [
      'a province’s count is no part of another country’s',
      count(GOVERNOR, 3, KURDISTAN),
      count('At least 150 people were killed in the floods in Libya.', 150, [['Libya', 'place', 'libya']]),
      false,
    ],
    [
      'a province’s count told as part of the whole (“darunter drei in der Provinz Kurdistan”) is no count of its own',
      count(
        'Nach Angaben von Iran Human Rights wurden mindestens 31 Menschen getötet, darunter drei in der Provinz Kurdistan.',
        3,
        [['Provinz Kurdistan', 'place', 'kurdistan-province']],
      ),
      count('Iran Human Rights said on Sunday that at least 92 people had been killed in the crackdown.', 92),
      false,
    ],
    [
      'the arrested of a province are not counted against the dead of the country',
      count(
        'Police in the northern province of Gilan alone said they had arrested 30 people.',
        30,
        [['Gilan', 'place', 'gilan']],
        'people arrested',
      ),
      count('Iran Human Rights said on Sunday that at least 92 people had been killed in the crackdown.', 92),
      false,
    ],
    [
      'a town’s dead counted “alone” are a part of a larger toll, however large their share',
      count(
        'More than 60 people died in Paiporta alone when the Poyo ravine burst its banks on Tuesday evening.',
        60,
        [['Paiporta', 'place', 'paiporta']],
      ),
      count('Flash floods in eastern Spain have killed at least 95 people, emergency services said.', 95, [
        ['Spain', 'place', 'spain'],
      ]),
      true,
    ],
    [
      'so are they in Dutch (“alleen al”)',
      count('In Paiporta alleen al kwamen zeker 40 mensen om.', 40, [['Paiporta', 'place', 'paiporta']]),
      count('Door het noodweer in Spanje zijn zeker 158 mensen om het leven gekomen.', 158, [
        ['Spanje', 'place', 'spain'],
      ]),
      true,
    ],
    [
      'and in German (“allein in”)',
      count('Allein in Paiporta starben mehr als 60 Menschen.', 60, [['Paiporta', 'place', 'paiporta']]),
      count('In Spanien ist die Zahl der Toten auf 205 gestiegen.', 205, [['Spanien', 'place', 'spain']]),
      true,
    ],
    [
      'a region counted “allein” stays a value of the toll it is most of',
      count('Allein in der Region Valencia seien 202 Menschen ums Leben gekommen.', 202, [
        ['Region Valencia', 'place', 'valencia-region'],
      ]),
      count('In Spanien ist die Zahl der Toten auf 205 gestiegen.', 205, [['Spanien', 'place', 'spain']]),
      false,
    ],
  ])('%s', (_, placed, wide, clash) => {
    expect(areaClash(placed, wide)).toBe(clash);
    expect(areaClash(wide, placed)).toBe(clash);
  });

  it('two counts one sentence gives are tied by it', () => {
    const text = 'Three people were killed in Kurdistan province on Tuesday; nationwide, 41 have died.';
    const placed = count(text, 3, [['Kurdistan province', 'place', 'kurdistan-province']]);
    expect(areaClash(placed, count(text, 41))).toBe(false);
    expect(areaClash(placed, count('State television said that 41 people had been killed.', 41))).toBe(true);
  });
});

const IHR = 'Iran Human Rights said on Thursday that at least 31 people had been killed in the crackdown.';
const STATE_TV_DE =
  'Bei den landesweiten Protesten im Iran sind nach Angaben des Staatsfernsehens bislang 41 Menschen getötet worden.';
const STATE_TV_EN =
  'At least 41 people have been killed in Tehran and other cities since the protests began, state television said on Saturday.';

describe('the Kurdistan governor’s three dead beside the nationwide tolls of Iran’s protests', () => {
  let file: EventFile;
  const only = (text: string): ChronologyEvent | undefined => {
    const found = eventsFrom(file, text);
    expect(found).toHaveLength(1);
    return found[0];
  };

  beforeAll(async () => {
    file = await eventFileOf({
      'nl_nos.txt': ` date 2022-09-21 Onrust in Iran\n\n${GOVERNOR}\n`,
      'en_ihr.txt': ` date 2022-09-23 Crackdown in Iran\n\n${IHR}\n`,
      'de_tv.txt': ` date 2022-09-25 Proteste im Iran\n\n${STATE_TV_DE}\n`,
      'en_tv.txt': ` date 2022-09-25 Protests in Iran\n\n${STATE_TV_EN}\n`,
    });
  }, 60_000);

  it('the three dead of Tuesday are their own event, in Kurdistan province', () => {
    const governor = only(GOVERNOR);
    expect(governor?.when.start).toBe('2022-09-20');
    expect(governor?.places).toEqual(['kurdistan-province']);
    expect(governor?.figures.map((f) => f.value)).toEqual([3]);
    expect(governor?.sources.map((s) => s.document)).toEqual(['nl_nos']);
  });

  it('state television’s 41 dead, in German without a city and in English with Tehran, are one count', () => {
    expect(only(STATE_TV_DE)?.id).toBe(only(STATE_TV_EN)?.id);
  });

  it('the rights group’s 31 dead, which name no place, are not the governor’s', () => {
    expect(only(IHR)?.id).not.toBe(only(GOVERNOR)?.id);
  });
});
