/**
 * What a quake report tells besides the quake: where it was felt is not where it was, and buildings
 * that collapse in it are the quake's damage, no disaster of their own; elsewhere a collapse is one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOfSentence, day, type MentionSpec, type SentenceSpec } from './test-helpers.ts';

const place = (name: string, id: string): MentionSpec => [name, 'place', id];

describe('a quake felt elsewhere', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'a Dutch quake "in Syrië en Libanon te voelen" is not placed in Syria',
      'nl',
      'Ook in Syrië en Libanon was de beving te voelen.',
      [place('Syrië', 'syria'), place('Libanon', 'lebanon')],
    ],
    [
      'an English quake "felt in Cyprus and Lebanon" is not placed in Cyprus',
      'en',
      'The earthquake was felt in Cyprus and Lebanon.',
      [place('Cyprus', 'cyprus'), place('Lebanon', 'lebanon')],
    ],
    [
      'a German quake "in Syrien zu spüren" is not placed in Syria',
      'de',
      'Auch in Syrien und im Libanon war das Beben zu spüren.',
      [place('Syrien', 'syria'), place('Libanon', 'lebanon')],
    ],
  ])('%s', (_, lang, text, mentions) => {
    const quake = candidatesOfSentence(lang, { text, mentions }).find((c) => c.kind === 'disaster');
    expect(quake?.title).toBe('Earthquake');
    expect(quake?.places).toEqual([]);
  });
});

const monday = day('2023-02-20', 'am Montagabend');

/** The titles of the disasters of an article of these sentences. */
function disasters(lang: string, specs: SentenceSpec[]): string[] {
  return extractCandidates(article('doc', lang, specs))
    .filter((c) => c.kind === 'disaster')
    .map((c) => c.title);
}

describe('buildings that collapse', () => {
  it.each<[string, string, SentenceSpec[], string[]]>([
    [
      'in a German quake report are the quake’s damage',
      'de',
      [
        { text: 'Das Beben der Stärke 6,4 ereignete sich am Montagabend nahe Antakya.', times: [monday] },
        { text: 'Mehrere bereits beschädigte Gebäude stürzten ein.', when: monday },
      ],
      ['Earthquake'],
    ],
    [
      'in a Dutch quake report are no collapse of their own',
      'nl',
      [
        {
          text: 'De aardbevingen van maandag hebben een groot gebied verwoest.',
          times: [day('2023-02-06', 'maandag')],
        },
        { text: 'Meer dan 160.000 gebouwen zijn ingestort of zwaar beschadigd.', when: day('2023-02-06') },
      ],
      [],
    ],
    [
      'without a quake are a collapse',
      'de',
      [{ text: 'In Antakya stürzten am Montagabend mehrere Gebäude ein.', times: [monday] }],
      ['Collapse'],
    ],
  ])('%s', (_, lang, specs, titles) => {
    expect(disasters(lang, specs)).toEqual(titles);
  });
});
