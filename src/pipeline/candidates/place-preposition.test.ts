import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { afterPlacePreposition, ownerAfterOf } from './place-preposition.ts';

const person = () => true;

describe('a name after a preposition', () => {
  it.each<[string, string, boolean]>([
    ['Troops arrived in Almaty on Thursday.', 'Almaty', true],
    ['Der Zug fuhr im Gebiet Twer entgegen.', 'Twer', true],
    ['Tokayev said the troops would leave.', 'Tokayev', false],
    ['According to Poroshenka, the airliner was shot down by a Buk.', 'Poroshenka', false],
    ['The bodies will be flown to Eindhoven.', 'Eindhoven', true],
  ])('“%s”: %s is after a preposition of place: %s', (text, name, expected) => {
    expect(afterPlacePreposition(text, mentionIn(text, name, 'place'))).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['Protesters stormed the private home of Ranil Wickremesinghe.', 'Ranil Wickremesinghe', true],
    ['Troops arrived in the city of Almaty.', 'Almaty', false],
  ])('“%s”: %s owns what comes before it: %s', (text, name, expected) => {
    expect(ownerAfterOf(text, { ...mentionIn(text, name, 'unknown'), id: undefined }, person)).toBe(expected);
  });
});
