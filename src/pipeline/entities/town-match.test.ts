import { beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function placesIn(language: string, sentences: string[]): string[] {
  return stage
    .annotate(article(language, sentences))
    .sentences.flatMap((s) => s.mentions)
    .filter((m: Mention) => m.kind === 'place')
    .map((m) => m.id ?? '');
}

describe('smaller towns, named where the sentence says a place is meant', () => {
  it.each([
    ['en', 'Ukrainian troops retook the Kharkiv region’s town of Izyum on Saturday.', 'izyum-ua'],
    ['en', 'Two soldiers were killed near Izyum overnight.', 'izyum-ua'],
    ['en', 'Police in Assen said two men had been held.', 'assen-nl'],
    ['nl', 'Bij Meppel raakte een vrachtwagen van de A28.', 'meppel-nl'],
    ['nl', 'Het stadje Harderwijk liep zaterdag onder water.', 'harderwijk-nl'],
    ['de', 'In Meppen wurden am Samstag zwei Polizisten verletzt.', 'meppen-de'],
    ['de', 'Die Stadt Meppen rief am Abend den Notstand aus.', 'meppen-de'],
    ['de', 'Der Zug aus Hof kam mit zwei Stunden Verspätung an.', 'hof-de'],
    ['nl', 'De agenten uit Venlo werden zondag beschoten.', 'venlo-nl'],
    ['de', 'Im oberbayerischen Pfaffenhofen starb ein Mann.', 'pfaffenhofen-an-der-ilm-de'],
    ['de', 'Im sächsischen Bautzen demonstrierten Hunderte.', 'bautzen-de'],
    ['de', 'Aus dem niedersächsischen Celle kamen Helfer.', 'celle-de'],
    ['de', 'Im nordrhein-westfälischen Hagen wurde ein Mann festgenommen.', 'hagen'],
    ['de', 'Im nordrhein‑westfälischen Hagen brannte eine Lagerhalle.', 'hagen'],
    ['nl', 'In het Brabantse Oss brandde een loods af.', 'oss-nl'],
    ['en', 'The lava stopped about two kilometres north of Harderwijk.', 'harderwijk-nl'],
    ['de', 'Der Zug entgleiste wenige Kilometer südlich von Meppen.', 'meppen-de'],
  ])('finds the town in “%s: %s”', (language, sentence, id) => {
    expect(placesIn(language, [sentence])).toContain(id);
  });

  it.each([
    ['en', 'The town Izyum was quiet.', 'a settlement noun without “of” in English'],
    ['en', 'Man Arrested in Bear Attack', 'an English word in a headline (Bear, Delaware)'],
    ['en', 'She had a long call from Anna on Monday.', 'a given name after “from”'],
    ['en', 'A statement from Taylor followed on Friday.', 'a surname after “from” (Taylor, Michigan)'],
    ['en', 'In Taylor’s view the talks had failed.', 'an owner (Taylor, Michigan)'],
    ['en', 'Villagers in Assen Road queued for water.', 'a longer name that begins like a town'],
    [
      'de',
      'Nach Ende des Krieges kehrten sie zurück.',
      'a German noun before its genitive (Ende, Indonesia)',
    ],
    ['de', 'Meppen meldete am Abend keine Verletzten.', 'a town with no cue before it'],
    [
      'de',
      'Der Vorschlag kam vom sächsischen Ministerpräsidenten Michael Kretschmer.',
      'a region’s adjective before a title and a person, not a town',
    ],
  ])('finds no town in “%s: %s” (%s)', (language, sentence) => {
    expect(placesIn(language, [sentence])).toEqual([]);
  });

  it('takes “In Baden-Württemberg” for the Land, not for the town Baden (Austria) at the start of the name', () => {
    expect(placesIn('de', ['In Baden-Württemberg streikten die Lokführer.'])).toEqual(['baden-wurttemberg']);
  });

  it.each([
    ['the most populous Soest, in Germany, where the document names no country', [], 'soest-de'],
    [
      'the Soest in the Netherlands, which the document names',
      ['Heavy rain hit the Netherlands.'],
      'soest-nl',
    ],
    [
      'the Soest in the Netherlands, where the document names a Dutch city',
      ['Dykes were raised in Utrecht.'],
      'soest-nl',
    ],
  ])('takes, of towns sharing a name, %s', (_, before, id) => {
    expect(placesIn('en', [...before, 'Roads were closed near Soest on Monday.']).at(-1)).toBe(id);
  });

  it('takes a Dutch article’s “in Limburg”, which the Dutch dictionary lists for its province, for no German town', () => {
    expect(
      placesIn('nl', ['Het kabinet heeft de overstromingen in Limburg officieel tot ramp verklaard.']),
    ).toEqual([]);
  });

  it('takes a German article’s “in Limburg” for Limburg an der Lahn', () => {
    expect(placesIn('de', ['In Limburg wurde am Samstag ein Mann verletzt.'])).toEqual([
      'limburg-an-der-lahn-de',
    ]);
  });

  it('describes a town it found as a place of the event file, with its country', () => {
    placesIn('de', ['In Meppen wurden am Samstag zwei Polizisten verletzt.']);
    expect(stage.place('meppen-de')).toMatchObject({ name: 'Meppen', kind: 'town', country: 'DE' });
  });
});
