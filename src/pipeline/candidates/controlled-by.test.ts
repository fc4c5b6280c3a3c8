import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { namesHolder, namesPowerInCompound } from './controlled-by.ts';

const at = (text: string, word: string) => mentionIn(text, word, 'place');

describe('the power that holds an area is no place of what happened there', () => {
  it.each<[string, string, boolean]>([
    ['Ten people died in the areas controlled by Kyiv.', 'Kyiv', true],
    ['In het door Rusland bezette Nova Kachovka staan hele straten onder water.', 'Rusland', true],
    ['In den von Russland besetzten Gebieten starben acht Menschen.', 'Russland', true],
    ['In het door Rusland bezette Nova Kachovka staan hele straten onder water.', 'Nova Kachovka', false],
    ['Ten people died in Kyiv on Sunday.', 'Kyiv', false],
    ['Die Flut kam von Russland aus über den Fluss.', 'Russland', false],
    [
      'De Kazachse president had de CSTO, een militair bondgenootschap onder leiding van Rusland, gisteravond om hulp gevraagd.',
      'Rusland',
      true,
    ],
    ['Tokajew bat das von Russland geführte Militärbündnis OVKS um Hilfe.', 'Russland', true],
    ['Tokajev riep de hulp in van het door Rusland geleide bondgenootschap.', 'Rusland', true],
    ['The president asked the alliance, led by Russia, for help.', 'Russia', true],
    ['Das Bündnis unter Führung Russlands schickte Soldaten.', 'Russlands', true],
    ['Troops led by the general entered Russia on Saturday.', 'Russia', false],
  ])('“%s”: %s holds it: %s', (text, place, holds) => {
    expect(namesHolder(text, at(text, place))).toBe(holds);
  });
});

describe('a power named in an English compound ("Russia-led") is no place the title names', () => {
  it.each<[string, string, boolean]>([
    [
      'Tokayev said a Russia-led military alliance will begin withdrawing its troops in two days.',
      'Russia',
      true,
    ],
    ['Shelling killed four people in Kyiv-controlled Kherson.', 'Kyiv', true],
    [
      'Russian paratroopers arrived as part of a deployment by a Moscow-led military alliance.',
      'Moscow',
      true,
    ],
    ['Protesters gathered at the Almaty-based offices of the party.', 'Almaty', false],
    ['The troops left Almaty on Thursday.', 'Almaty', false],
  ])('“%s”: %s leads or holds: %s', (text, place, leads) => {
    expect(namesPowerInCompound(text, at(text, place))).toBe(leads);
  });
});
