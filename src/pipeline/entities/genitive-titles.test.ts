/**
 * A country's genitive and a title before a listed person ("Chinas Präsident Xi Jinping") are that
 * person's title: the reader sees the person among the actors, not a second actor "Chinas Präsident".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The names of the sentence's actors (places left out), as written. */
function actorsIn(language: string, text: string): string[] {
  const [list] = mentionsOf(stage, language, [text]);
  return (list ?? []).filter((m) => m.kind !== 'place').map((m) => m.text);
}

describe('a genitive and a title before a listed person', () => {
  it.each([
    ['de', 'Chinas Präsident Xi Jinping sagte am Dienstag, der Handel wachse.', ['Xi Jinping']],
    ['de', 'Deutschlands Außenministerin Annalena Baerbock reiste am Montag ab.', ['Annalena Baerbock']],
    ['de', 'Russlands Außenminister Sergej Lawrow sagte am Montag, er sei besorgt.', ['Sergej Lawrow']],
    ['de', 'Kasachstans Ministerpräsident Alichan Smailow trat am Dienstag an.', ['Alichan Smailow']],
    [
      'de',
      'Belarus’ Präsident Alexander Lukaschenko sagte, die Grenze bleibe zu.',
      ['Alexander Lukaschenko'],
    ],
    ['nl', 'Amerika’s president Joe Biden zei dinsdag dat de steun blijft.', ['Joe Biden']],
    ['en', 'China’s President Xi Jinping said on Tuesday that trade would grow.', ['Xi Jinping']],
  ])('[%s] “%s” names only %j', (language, text, actors) => {
    expect(actorsIn(language, text)).toEqual(actors);
  });
});

describe('a title before a name nobody listed', () => {
  it('keeps the whole name after the title: “Frankreichs Präsident Emmanuel Macron”', () => {
    expect(actorsIn('de', 'Frankreichs Präsident Emmanuel Macron sagte am Montag, er sei besorgt.')).toEqual([
      'Emmanuel Macron',
    ]);
  });
});

describe('a listed person’s surname in the genitive', () => {
  it.each([
    ['de', 'Ein Sprecher Putins sagte am Montag, die Lage sei ernst.', 'putin'],
    ['de', 'Ein Sprecher Lukaschenkos sagte am Montag, die Grenze bleibe zu.', 'lukashenko'],
    ['nl', 'Een woordvoerder zei dat Poetins plannen ongewijzigd zijn.', 'putin'],
  ])('[%s] “%s” names %s', (language, text, id) => {
    const [list] = mentionsOf(stage, language, [text]);
    expect((list ?? []).map((m) => m.id)).toEqual([id]);
  });
});
