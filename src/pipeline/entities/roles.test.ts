import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { buildModel, type EntityModel } from './model.ts';
import { tokenize } from './text.ts';

let model: EntityModel;
beforeAll(() => {
  model = buildModel(loadEntityData('data'));
});

/** The cue before the last word of the phrase. */
function cue(phrase: string) {
  const tokens = tokenize(phrase);
  return model.roles.cueBefore(tokens, phrase, tokens.length - 1);
}

describe('RoleIndex.cueBefore', () => {
  it.each([
    ['President X', 'president', undefined],
    ['Russian President X', 'president', 'russia'],
    ["Kazakhstan's President X", 'president', 'kazakhstan'],
    ['US Secretary of State X', 'secretary of state', 'united-states'],
    ['de Russische president X', 'president', 'russia'],
    ['der kasachische Präsident X', 'prasident', 'kazakhstan'],
  ])('reads "%s" as the title %s of %s', (phrase, title, country) => {
    const found = cue(phrase);
    expect([found?.title, found?.country]).toEqual([title, country]);
  });

  it.each(['the president, X', 'Mr X'])('finds no title right before the name in "%s"', (phrase) => {
    expect(cue(phrase)).toBeUndefined();
  });
});

describe('RoleIndex.titleOf', () => {
  it.each([
    ['French Interior Minister', 'interior minister'],
    ['Minister of the Interior of France', 'minister of the interior'],
    ['Franse minister van Binnenlandse Zaken', 'minister van binnenlandse zaken'],
    ['französische Innenminister', 'innenminister'],
  ])('reads the role "%s" without its country as "%s"', (role, title) => {
    expect(model.roles.titleOf(role)).toBe(title);
  });
});

describe('RoleIndex.holdersOf', () => {
  it.each([
    ['president', 'kazakhstan', ['tokayev']],
    ['president', 'russia', ['putin']],
    ['prasident', 'kazakhstan', ['tokayev']],
    // Two prime ministers in the data: a title that resolves nothing.
    ['prime minister', 'kazakhstan', ['mamin', 'smailov']],
    ['president', 'serbia', ['vucic']],
    // Held in turn: the holder is the one the document names (repair.ts).
    ['president', 'iran', ['pezeshkian', 'raisi']],
    ['president', 'mali', []],
  ])('gives the holders of "%s" of %s', (title, country, ids) => {
    expect(model.roles.holdersOf(title, country)).toEqual(ids);
  });
});

describe('RoleIndex.longTitleWords', () => {
  it('lists each title word of six letters or more once, and no shorter one', () => {
    const words = model.roles.longTitleWords;
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => w.length >= 6 && model.roles.titleWords.has(w))).toBe(true);
    expect([...model.roles.titleWords].filter((w) => w.length >= 6).sort()).toEqual([...words].sort());
  });
});
