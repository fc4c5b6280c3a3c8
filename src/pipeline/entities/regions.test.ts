/**
 * The states, Länder and provinces data/gazetteer.json lists outside Kazakhstan are places with
 * coordinates, by their English, Dutch and German names; names they share with a person stay out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('regions outside Kazakhstan', () => {
  it.each([
    ['en', 'Floods hit southern Bavaria on Sunday.', 'Bavaria', 'bavaria', 'DE'],
    ['de', 'Das Hochwasser in Bayern hat fünf Menschen das Leben gekostet.', 'Bayern', 'bavaria', 'DE'],
    ['nl', 'In Beieren zijn vijf mensen omgekomen door het hoogwater.', 'Beieren', 'bavaria', 'DE'],
    [
      'de',
      'In Nordrhein-Westfalen wurden Schulen geschlossen.',
      'Nordrhein-Westfalen',
      'north-rhine-westphalia',
      'DE',
    ],
    [
      'de',
      'Das Landeskriminalamt Brandenburg hat die Ermittlungen übernommen.',
      'Brandenburg',
      'brandenburg',
      'DE',
    ],
    [
      'en',
      'Hackers crippled Potsdam, the capital of the German state of Brandenburg.',
      'Brandenburg',
      'brandenburg',
      'DE',
    ],
    ['en', 'The storm made landfall in Texas on Monday.', 'Texas', 'texas', 'US'],
    ['nl', 'De brand in Californië is nog niet onder controle.', 'Californië', 'california', 'US'],
    ['de', 'In Kalifornien brennen die Wälder.', 'Kalifornien', 'california', 'US'],
    ['nl', 'In Zuid-Holland vielen twee doden.', 'Zuid-Holland', 'south-holland', 'NL'],
  ])('[%s] “%s” names the place %s (%s, in %s)', (language, sentence, text, id, country) => {
    const [mentions = []] = mentionsOf(stage, language, [sentence]);
    const found = findMention(mentions, text);
    expect(found).toMatchObject({ kind: 'place', id });
    expect(stage.place(id)?.country).toBe(country);
  });

  it('leaves “Virginia” in “Virginia Woolf” a person’s name, not the state', () => {
    const [mentions = []] = mentionsOf(stage, 'en', ['Virginia Woolf wrote the novel in 1927.']);
    expect(mentions.some((m) => m.kind === 'place')).toBe(false);
  });
});
