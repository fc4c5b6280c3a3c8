/**
 * The dead each side of a front counts in its own places are two happenings: the toll of the
 * Russian-installed officials and that of Ukraine's interior ministry are two events, not one with
 * a conflict of 8 against 3.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence, type MentionSpec } from '../candidates/test-helpers.ts';
import type { Figure } from '../../schema/events.ts';
import { BOTH_SIDES, countSide, type CountryOfDemonym } from './count-sides.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const DEMONYMS: Record<string, string> = {
  russian: 'RU',
  russische: 'RU',
  russischen: 'RU',
  russisch: 'RU',
  ukrainian: 'UA',
  oekraïense: 'UA',
  ukrainischen: 'UA',
};
const countryOfDemonym: CountryOfDemonym = (word) => DEMONYMS[word];
const PLACES: Record<string, string> = { kyiv: 'UA', moscow: 'RU', 'nova-kakhovka': 'UA' };
const countryOf = (id: string) => PLACES[id];

/** A toll dated Friday 9 June 2023 by the sentence's word for Friday. */
function toll(document: string, text: string, value: number, mentions: MentionSpec[] = []) {
  const figure: Figure = { value, counts: 'people killed', text: String(value), qualifier: 'exact' };
  const friday = day('2023-06-09', /Freitag|vrijdag|Friday/.exec(text)?.[0]);
  return testCandidate(sentence({ text, times: [friday], mentions }), friday, {
    document,
    kind: 'death',
    title: `${value} people killed`,
    places: mentions.filter(([, kind]) => kind === 'place').map(([, , id]) => id as string),
    figures: [figure],
  });
}

const russianSide = toll(
  'tagesschau',
  'Die russischen Besatzungsbehörden meldeten am Freitag acht Tote in der Stadt Nowa Kachowka.',
  8,
  [['Nowa Kachowka', 'place', 'nova-kakhovka']],
);
const ukrainianSide = toll(
  'tagesschau',
  'Auf der ukrainischen Seite kamen am Freitag mindestens drei Menschen ums Leben.',
  3,
);
const heldByKyiv = toll(
  'mt',
  'Interior Minister Ihor Klymenko said on Friday that ten people had died in the areas controlled by Kyiv.',
  10,
  [['Kyiv', 'place', 'kyiv']],
);
const bothSides = toll(
  'volkskrant',
  'Door de overstromingen zijn aan beide kanten van de Dnjepr op vrijdag tientallen mensen om het leven gekomen.',
  24,
);

describe('the side a count is of', () => {
  it.each([
    ['the Russian occupation authorities count for Russia', russianSide, 'RU'],
    ['"auf der ukrainischen Seite" counts for Ukraine', ukrainianSide, 'UA'],
    ['"in the areas controlled by Kyiv" counts for Ukraine', heldByKyiv, 'UA'],
    ['"aan beide kanten" counts for both sides', bothSides, BOTH_SIDES],
    [
      '"de Russische bezettingsautoriteiten" count for Russia',
      toll('nos', 'Volgens de Russische bezettingsautoriteiten zijn vrijdag zeven mensen vermist.', 7),
      'RU',
    ],
    [
      'a "Russian-installed" mayor counts for Russia',
      toll('reuters', 'The Russian-installed mayor said on Friday seven people had died.', 7),
      'RU',
    ],
    [
      'rescuers count for no side',
      toll('ap', 'Rescuers said on Friday that seven people had died in the flood.', 7),
      undefined,
    ],
  ])('%s', (_, c, side) => {
    expect(countSide(c, countryOf, countryOfDemonym)).toBe(side);
  });
});

describe('tolls of the two banks of the Dnipro', () => {
  const events = () =>
    mergeCandidates(
      [russianSide, ukrainianSide, heldByKyiv, bothSides],
      countryOf,
      undefined,
      undefined,
      undefined,
      countryOfDemonym,
    );

  it("keeps the Russian side's dead apart from Ukraine's, and the count of both sides apart from either", () => {
    expect(events().map((e) => e.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual(
      expect.arrayContaining([[8], [3, 10], [24]]),
    );
    expect(events()).toHaveLength(3);
  });

  it('without a side named, the counts remain one event with a conflict', () => {
    const plain = toll('ap', 'Rescuers said on Friday that eight people had died in the flood.', 8);
    const [event, ...rest] = mergeCandidates(
      [plain, heldByKyiv],
      countryOf,
      undefined,
      undefined,
      undefined,
      countryOfDemonym,
    );
    expect(rest).toHaveLength(0);
    expect(event?.conflicts.map((c) => c.field)).toEqual(['figures.people killed']);
  });
});
