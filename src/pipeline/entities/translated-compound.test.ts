/**
 * A machine translation from German writes a compound name part by part in English ("Horst Lake
 * Farmer" for Horst Seehofer): written back, the parts spell the listed name, one mention of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const mentions = (sentences: string[]) =>
  mentionsOf(stage, 'en', sentences).map((found) => found.map((m) => `${m.text}=${m.id ?? ''}`));

describe('a German compound name translated part by part', () => {
  it.each<[string, string, string]>([
    [
      'given names that fit and the family word in two parts',
      'Federal Interior Minister Horst Lake Farmer (CSU) also came to Hall on Thursday.',
      'Horst Lake Farmer=horst-seehofer',
    ],
    [
      'the family word alone, in two parts',
      'The threat by right extremism is "very high", said Lake Farmer.',
      'Lake Farmer=horst-seehofer',
    ],
    [
      'a family word kept in part and translated in part',
      'Federal transport minister Peter Ram Sour (CSU) defended the closure of the past days.',
      'Peter Ram Sour=peter-ramsauer',
    ],
    [
      'that family word alone',
      'The measuring flight of the DLR on Monday had shown volcano ash over Germany, said Ram Sour.',
      'Ram Sour=peter-ramsauer',
    ],
    [
      'a part kept as written',
      'Federal President Frank-Walter Stone Meier visited on Thursday the synagogue and the crime scene.',
      'Frank-Walter Stone Meier=frank-walter-steinmeier',
    ],
    [
      'a family word of one part',
      'The President of the Central Advice of the Jews in Germany, Josef Shoemaker, renewed his criticism.',
      'Josef Shoemaker=josef-schuster',
    ],
    [
      'parts joined by an "s", as German joins them',
      'The Constitution Protection must look much more at the right scene in the internet.',
      'Constitution Protection=verfassungsschutz',
    ],
    [
      'a place of four parts',
      'On the escape he injured in Land Mountain-Again Village a man and a woman heavily.',
      'Land Mountain-Again Village=landsberg-wiedersdorf',
    ],
  ])('%s: “%s”', (_, sentence, expected) => {
    expect(mentions([sentence])[0]).toContain(expected);
  });

  it('the family word alone after the full name is the same person: “demanded Shoemaker”', () => {
    const [, second] = mentions([
      'The President of the Central Advice of the Jews in Germany, Josef Shoemaker, renewed his criticism.',
      'The Constitution Protection must look much more at the right scene in the internet, demanded Shoemaker.',
    ]);
    expect(second).toContain('Shoemaker=josef-schuster');
  });

  it.each<[string, string]>([
    ['an English name with no given name of the person', 'Anna Stone met the mayor on Monday.'],
    ['one English word alone', 'The Farmer said the harvest was lost.'],
  ])('%s is no listed person: “%s”', (_, sentence) => {
    const ids = mentions([sentence])[0]?.map((m) => m.split('=')[1]);
    expect(ids).not.toContain('horst-seehofer');
    expect(ids).not.toContain('frank-walter-steinmeier');
  });
});

describe('a family name translated word by word after given names that fit', () => {
  it.each([
    [
      'The terrorism expert Guido Stone Mountain from the Foundation Science and Politics in Berlin said, the IS wants to show that it can still strike.',
      'Guido Stone Mountain=guido-steinberg',
    ],
    [
      'Under pressure is now especially the North Rhine-Westphalian Interior Minister Ralf Hunter (SPD).',
      'Ralf Hunter=ralf-jaeger',
    ],
  ])('“%s” names the listed person', (sentence, expected) => {
    expect(mentions([sentence])[0]).toContain(expected);
  });

  it.each([
    [
      'The terrorism expert Peter Stone Mountain said the group wants to show it can still strike.',
      'guido-steinberg',
    ],
  ])('“%s”: other given names, or none that fit, name someone else', (sentence, id) => {
    expect((mentions([sentence])[0] ?? []).filter((m) => m.endsWith(`=${id}`))).toEqual([]);
  });
});
