/**
 * The name a listed person goes by, written right after the person's name ("known as Hamidti",
 * "die bekendstaat als Hamidti", "genannt Hamidti"), is that person however it is spelt, no one new.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a name a listed person is known by', () => {
  it.each([
    [
      'en',
      'The commander of the Rapid Support Forces, Mohamed Hamdan Daqlo, known as Hamidti, said that his forces will respect the truce.',
    ],
    [
      'nl',
      'De paramilitaire RSF van generaal Dagalo, die bekendstaat als Hamidti, zegt het bestand te respecteren.',
    ],
    ['de', 'Die RSF von Mohamed Hamdan Daglo, genannt Hamidti, will die Waffenruhe einhalten.'],
  ])('[%s] “%s” names Mohamed Hamdan Dagalo, no one else', (language, sentence) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    const people = (mentions ?? []).filter((m) => m.kind !== 'place' && m.id !== 'rsf').map((m) => m.id);
    expect(people).toContain('dagalo');
    expect(people.every((id) => id === 'dagalo')).toBe(true);
  });

  it('a name after “known as” beside no listed person stays its own: “a singer known as Hamidti”', () => {
    const [mentions] = mentionsOf(stage, 'en', ['A singer known as Hamidti performed in Khartoum.']);
    expect(mentions?.map((m) => m.id)).not.toContain('dagalo');
  });
});
