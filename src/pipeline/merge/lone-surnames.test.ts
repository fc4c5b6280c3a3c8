import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../candidates/test-helpers.ts';
import type { SameStory } from '../story-links.ts';
import { joinNameVariants } from './name-variants.ts';

type Named = [text: string, id: string];

/** The candidates of one sentence of report `document`, naming the given unlisted names. */
function reported(document: string, lang: string, text: string, names: Named[]) {
  return candidatesOf(
    lang,
    text,
    '2023-02-20',
    names.map(([name, id]) => [name, 'unknown', id]),
  ).map((c) => ({ ...c, document }));
}

const order = (document: string) => ['de', 'nl'].indexOf(document);
const oneStory: SameStory = () => true;
const twoStories: SameStory = (a, b) => a === b;

const SOYLU: Named = ['Süleyman Soylu', 'name:suleyman-soylu'];
const FULL = reported(
  'de',
  'de',
  'Montag teilte Innenminister Süleyman Soylu mit, sechs Menschen seien getötet worden.',
  [SOYLU],
);

describe('a family name written alone, and the full name a sister report gives it', () => {
  it.each([
    ['the one person the story names in full', FULL, oneStory, 'name:suleyman-soylu'],
    ['no one where the reports tell two stories', FULL, twoStories, 'name:soylu'],
    [
      'neither of two people of that family name',
      [
        ...FULL,
        ...reported('de', 'de', 'Montag sagte die Abgeordnete Ayse Soylu, die Hilfe komme zu spät.', [
          ['Ayse Soylu', 'name:ayse-soylu'],
        ]),
      ],
      oneStory,
      'name:soylu',
    ],
  ])('is %s', (_, sister, sameStory, agent) => {
    const lone = reported('nl', 'nl', 'Maandag zei minister Soylu dat er zes doden waren gevallen.', [
      ['Soylu', 'name:soylu'],
    ]);
    const joined = joinNameVariants([...sister, ...lone], order, sameStory);
    expect(joined.find((c) => c.document === 'nl')?.sentence.mentions.map((m) => m.id)).toEqual([agent]);
  });

  it('an acronym stays an organisation’s short name ("AFAD" beside "Katastrophenschutzbehörde AFAD")', () => {
    const joined = joinNameVariants(
      [
        ...reported(
          'de',
          'de',
          'Montag teilte die Katastrophenschutzbehörde AFAD mit, sechs Menschen seien getötet worden.',
          [['Katastrophenschutzbehörde AFAD', 'name:katastrophenschutzbehorde-afad']],
        ),
        ...reported('nl', 'nl', 'Maandag meldde AFAD dat er zes doden waren gevallen.', [
          ['AFAD', 'name:afad'],
        ]),
      ],
      order,
      oneStory,
    );
    expect(joined.find((c) => c.document === 'nl')?.sentence.mentions.map((m) => m.id)).toEqual([
      'name:afad',
    ]);
  });
});
