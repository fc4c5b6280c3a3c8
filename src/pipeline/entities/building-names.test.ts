import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const named = (language: string, sentences: string[]) =>
  mentionsOf(stage, language, sentences).map((list) => list.map((m) => [m.text, m.kind, m.id]));

describe('a building, a body or a club named with a place after its head noun is not that place', () => {
  it.each([
    [
      'nl',
      'De paus overleed maandagochtend in zijn appartement in het Casa Santa Marta.',
      [['Casa Santa Marta', 'unknown', 'name:casa-santa-marta']],
    ],
    [
      'en',
      'The delegation stayed at the Hotel Kazakhstan in Almaty.',
      [
        ['Hotel Kazakhstan', 'unknown', 'name:hotel-kazakhstan'],
        ['Almaty', 'place', 'almaty'],
      ],
    ],
    [
      'de',
      'Der Sarg wurde in die Basilika Santa Maria Maggiore gebracht.',
      [['Basilika Santa Maria Maggiore', 'unknown', 'name:basilika-santa-maria-maggiore']],
    ],
    ['en', 'The Supreme Court Tuesday ruled against the ban.', [['Supreme Court', 'actor', 'supreme-court']]],
    [
      'en',
      'Fans were attacked after a match between Ajax and Maccabi Tel Aviv.',
      [
        ['Ajax', 'unknown', 'name:ajax'],
        ['Maccabi Tel Aviv', 'unknown', 'name:maccabi-tel-aviv'],
      ],
    ],
    ['de', 'Der FC Barcelona gewann am Samstag.', [['FC Barcelona', 'unknown', 'name:fc-barcelona']]],
  ])('in %s, “%s”', (language, sentence, expected) => {
    expect(named(language, [sentence])[0]).toEqual(expected);
  });
});

describe('German nouns and titled names', () => {
  it('the noun a German number counts opens no name: "250.000 Menschen Abschied von Papst Franziskus"', () => {
    expect(
      named('de', ['Am Samstag haben mehr als 250.000 Menschen Abschied von Papst Franziskus genommen.'])[0],
    ).toEqual([['Papst Franziskus', 'actor', 'pope-francis']]);
  });

  it('the name after a listed person\'s title, alone later in the article, is that person: "Pope Francis" … "Francis"', () => {
    const [, second] = named('en', [
      'Pope Francis died on Monday.',
      'Francis had spent 38 days in hospital.',
    ]);
    expect(second).toEqual([['Francis', 'actor', 'pope-francis']]);
  });

  it('alone in an article that does not name him, the given name after a title is no one listed: "Francis Scott Key"', () => {
    const [mentions] = named('en', ['The Francis Scott Key Bridge collapsed on Tuesday.']);
    expect(mentions?.some((m) => m[2] === 'pope-francis')).toBe(false);
  });
});
