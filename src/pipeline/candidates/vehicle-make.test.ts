/**
 * The truck of the Berlin Christmas market attack (19 December 2016): its make and the country it
 * was registered in are neither actor nor place of the attack.
 */
import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { namesVehicleMake } from './vehicle-make.ts';

const TRUCK =
  'The black Scania articulated truck, registered in Poland and loaded with about 25 tonnes of steel beams, drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz.';

describe('a vehicle’s make and where it was registered', () => {
  it.each<[string, string, 'place' | 'actor', boolean]>([
    [TRUCK, 'Scania', 'actor', true],
    [TRUCK, 'Poland', 'place', true],
    [TRUCK, 'Breitscheidplatz', 'place', false],
    [TRUCK, 'Kaiser Wilhelm Memorial Church', 'place', false],
    ['Ein in Polen zugelassener Scania-Sattelzug raste in den Weihnachtsmarkt.', 'Polen', 'place', true],
    ['Ein in Polen zugelassener Scania-Sattelzug raste in den Weihnachtsmarkt.', 'Scania', 'actor', true],
    ['Een in Polen geregistreerde vrachtwagen reed in op de kerstmarkt.', 'Polen', 'place', true],
    ['In Polen werd de vrachtwagen van Scania gestolen.', 'Polen', 'place', false],
    ['Scania said the truck had been stolen.', 'Scania', 'actor', false],
    ['The truck was driven from Italy by his cousin.', 'Italy', 'place', false],
    [
      'Directeur Yukiya Amano van het Internationaal Atoomenergieagentschap (IAEA) zei gisteren in Wenen dat een ramp als die in Tsjernobyl in 1986 „zeer onwaarschijnlijk” is.',
      'Yukiya Amano',
      'actor',
      false,
    ],
  ])('in “%s”, %s (%s) names the vehicle: %s', (text, name, kind, expected) => {
    expect(namesVehicleMake(text, mentionIn(text, name, kind))).toBe(expected);
  });
});
