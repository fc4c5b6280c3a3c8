import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import { shift } from '../iso-day.ts';
import type { When } from '../types.ts';
import { featuresOf } from './features.ts';
import { apartInStories } from './story-apart.ts';
import { documentsApart } from '../documents-apart.ts';

/** Known only to lie in the week up to publication, as the time stage dates a sentence without a time. */
function beforePublication(published: string): When {
  return {
    start: shift(published, -7),
    end: published,
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}

/** "Honderden mensen raakten gewond", told without a day in a report published on `published`. */
function injured(id: string, published: string) {
  const [c] = extractCandidates(
    article(
      id,
      'nl',
      [{ text: 'Honderden mensen raakten gewond.', when: beforePublication(published) }],
      published,
    ),
  );
  if (!c) throw new Error('expected a report of the injured');
  return featuresOf({ ...c, document: id });
}

const oneStory = (stories: string[][]) => (a: string, b: string) =>
  stories.some((story) => story.includes(a) && story.includes(b));

describe('reports of two stories', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the injured of protests in Belarus in 2020 and in Bangladesh in 2024 are apart',
      '2020-08-13',
      '2024-07-21',
      true,
    ],
    ['reports published three days apart may tell one happening', '2020-08-13', '2020-08-16', false],
  ])('%s', (_, first, second, apart) => {
    const same = oneStory([['belarus'], ['bangladesh']]);
    expect(apartInStories(injured('belarus', first), injured('bangladesh', second), same)).toBe(apart);
  });

  it('reports years apart in documents that tell one story are left to the score', () => {
    const same = oneStory([['belarus', 'bangladesh']]);
    expect(apartInStories(injured('belarus', '2020-08-13'), injured('bangladesh', '2024-07-21'), same)).toBe(
      false,
    );
  });
});

/** The merge features of the report in `text`, the one sentence of document `id` published on `published`. */
function reportOf(id: string, lang: string, spec: SentenceSpec, published: string) {
  const [c] = extractCandidates(article(id, lang, [spec], published));
  if (!c) throw new Error(`expected a report in "${spec.text}"`);
  return featuresOf({ ...c, document: id });
}

/** The countries each document of the table names, as document-countries.ts reads them. */
const COUNTRIES: Record<string, readonly string[]> = {
  butler: ['US'],
  bangladesh: ['BD', 'IN'],
  'bangladesh-later': ['BD'],
  'novi-sad': ['RS'],
  valencia: ['ES'],
  southport: ['GB'],
  'mpox-reuters': ['CD'],
  'mpox-volkskrant': ['CG'],
  unplaced: [],
};

const TOLL_SINCE_TUESDAY: SentenceSpec = {
  text: 'The total death toll since Tuesday has risen to more than 100, a hospital official said.',
  when: day('2024-07-16'),
};

describe('reports a week apart or less in documents of two stories', () => {
  it.each<[string, [string, string, SentenceSpec, string], [string, string, SentenceSpec, string], boolean]>([
    [
      "Butler's two dead and Bangladesh's toll that week, in documents naming no country in common, are two tolls",
      [
        'butler',
        'nl',
        {
          text: 'Bij de schietpartij kwamen twee mensen om het leven, onder wie de schutter.',
          when: day('2024-07-13'),
        },
        '2024-07-14',
      ],
      ['bangladesh', 'en', TOLL_SINCE_TUESDAY, '2024-07-19'],
      true,
    ],
    [
      'Novi Sad’s eleven arrests and those for looting in Valencia, both told without a day, are two',
      [
        'novi-sad',
        'nl',
        {
          text: 'Het Openbaar Ministerie heeft inmiddels elf mensen aangehouden, onder wie de voormalige minister.',
          mentions: [['Openbaar Ministerie', 'actor', 'public-prosecution-service']],
        },
        '2024-11-05',
      ],
      [
        'valencia',
        'en',
        {
          text: 'Police have arrested 39 people for looting in the affected towns, the Interior Ministry said.',
          mentions: [['Interior Ministry', 'actor', 'interior-ministry']],
        },
        '2024-11-02',
      ],
      true,
    ],
    [
      'riots in Southport on Wednesday evening and the storming in Dhaka are two',
      [
        'southport',
        'de',
        {
          text: 'Am Mittwochabend hatte es erneut Ausschreitungen gegeben.',
          times: [day('2024-07-31', 'Mittwochabend')],
        },
        '2024-08-01',
      ],
      [
        'bangladesh-later',
        'de',
        {
          text: 'Tausende Menschen stürmten anschließend den Amtssitz der Regierungschefin in Dhaka.',
          mentions: [['Dhaka', 'place', 'dhaka']],
        },
        '2024-08-05',
      ],
      true,
    ],
    [
      'the WHO’s emergency, named in documents of the Congo and of its neighbour, is left to the score',
      [
        'mpox-reuters',
        'en',
        {
          text: 'The World Health Organization declared mpox a public health emergency of international concern on Wednesday, its highest form of alarm, after an outbreak in the Democratic Republic of Congo spread to neighbouring countries.',
          times: [day('2024-08-14', 'Wednesday')],
          mentions: [
            ['World Health Organization', 'actor', 'who'],
            ['Congo', 'place', 'democratic-republic-of-the-congo'],
          ],
        },
        '2024-08-14',
      ],
      [
        'mpox-volkskrant',
        'nl',
        {
          text: 'De Wereldgezondheidsorganisatie had vorige week woensdag de hoogste alarmfase afgekondigd.',
          times: [day('2024-08-14', 'vorige week woensdag')],
          mentions: [['Wereldgezondheidsorganisatie', 'actor', 'who']],
        },
        '2024-08-21',
      ],
      false,
    ],
    [
      'a document naming no place says nothing of its country, and is left to the score',
      [
        'unplaced',
        'nl',
        {
          text: 'Bij de schietpartij kwamen twee mensen om het leven, onder wie de schutter.',
          when: day('2024-07-13'),
        },
        '2024-07-14',
      ],
      ['bangladesh', 'en', TOLL_SINCE_TUESDAY, '2024-07-19'],
      false,
    ],
  ])('%s', (_, [idA, langA, specA, pubA], [idB, langB, specB, pubB], apart) => {
    const a = reportOf(idA, langA, specA, pubA);
    const b = reportOf(idB, langB, specB, pubB);
    const none = oneStory([]);
    expect(
      apartInStories(
        a,
        b,
        none,
        documentsApart(none, (id) => COUNTRIES[id]),
      ),
    ).toBe(apart);
  });

  it('reports in documents that tell one story are left to the score, whatever countries they name', () => {
    const a = reportOf(
      'butler',
      'nl',
      {
        text: 'Bij de schietpartij kwamen twee mensen om het leven, onder wie de schutter.',
        when: day('2024-07-13'),
      },
      '2024-07-14',
    );
    const b = reportOf('bangladesh', 'en', TOLL_SINCE_TUESDAY, '2024-07-19');
    const same = oneStory([['butler', 'bangladesh']]);
    expect(
      apartInStories(
        a,
        b,
        same,
        documentsApart(same, (id) => COUNTRIES[id]),
      ),
    ).toBe(false);
  });
});
