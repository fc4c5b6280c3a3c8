/**
 * The entity stage's guard rails: a misspelling or a machine-translation error is resolved only
 * with support from the document, and ordinary words stay words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const mentions = (language: string, sentences: string[]) => mentionsOf(stage, language, sentences);
const find = findMention;

describe('guard rails', () => {
  it('keeps "Djokovic" in a tennis report as an unknown name, not the president', () => {
    const [list] = mentions('en', ['Djokovic won in Melbourne on Sunday.']);
    expect(find(list, 'Djokovic')).toMatchObject({
      kind: 'unknown',
      resolution: 'unresolved',
      id: 'name:djokovic',
    });
    expect(find(list, 'Melbourne')).toMatchObject({ kind: 'place', id: 'melbourne' });
    expect(stage.actor('name:djokovic')).toEqual({
      id: 'name:djokovic',
      name: 'Djokovic',
      kind: 'unknown',
      aliases: [],
    });
  });

  it('does not resolve "President X" when the document never names the holder of the title', () => {
    const [list] = mentions('en', ['President Djokovic opened the tournament in Kazakhstan.']);
    expect(find(list, 'Djokovic')).toMatchObject({ kind: 'unknown' });
  });

  it('does not take a lone "Massimo" for Massimov without support from the document', () => {
    const [list] = mentions('en', ['The chef, Massimo, opened a restaurant in Paris.']);
    expect(find(list, 'Massimo')).toMatchObject({ kind: 'unknown' });
  });

  it('keeps another person with a similar first name apart: "Massimo Bottura"', () => {
    const [list] = mentions('en', ['Chef Massimo Bottura opened a restaurant in Paris.']);
    expect(find(list, 'Massimo Bottura')).toMatchObject({ kind: 'unknown' });
  });

  it.each([
    ['Turkey has offered to mediate.', 'Turkey', 'turkey'],
    ['China said it supported the measures.', 'China', 'china'],
  ])('takes a country that is also a common word at the start of "%s"', (sentence, text, id) => {
    expect(find(mentions('en', [sentence])[0], text)).toMatchObject({ id });
  });

  it('does not take a city named like a common word at the start of a sentence: "Oral"', () => {
    expect(mentions('en', ['Oral evidence was heard in Almaty.'])[0]?.map((m) => m.text)).toEqual(['Almaty']);
    expect(find(mentions('en', ['Protests spread to Oral and Aktobe.'])[0], 'Oral')).toMatchObject({
      id: 'oral',
    });
  });

  it('never matches the pronoun "us" as the United States', () => {
    const [list] = mentions('en', ['“Let us find a peaceful solution,” he said.']);
    expect(list).toEqual([]);
  });

  it('resolves an unlisted transliteration of a name: "Nasarbayev"', () => {
    const [list] = mentions('de', ['Der frühere Präsident Nasarbayev gilt als einflussreich.']);
    expect(find(list, 'Nasarbayev')).toMatchObject({ kind: 'actor', id: 'nazarbayev' });
  });
});
