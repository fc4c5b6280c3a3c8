/**
 * The attack on the synagogue in Halle (Saale) on Yom Kippur, 9 October 2019, told by an AP wire of
 * that evening, the NOS the next day, an undated Spiegel report of the Saturday, a machine
 * translation dated only by its month and a Deutsche Welle recap a week on: the shots at the door,
 * the two dead, the wounded in Landsberg-Wiedersdorf, the arrest, Thursday's visits and press
 * conference, Friday's confession and the argument over police protection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('halle-synagogue-attack');
}, 60_000);

const AP = 'ap_germany_synagogue_shooting';
const DW = 'dw-halle-one-week-after';
const MT = 'hall-assassin-confessed-translated';
const NOS = 'nos_aanslag_halle_synagoge';
const SPI = 'spiegel_halle_synagogenschutz';

describe('the Halle synagogue attack as five reports told it', () => {
  it.each<[string, string, boolean]>([
    [AP, '2019-10-09', false],
    [NOS, '2019-10-10', false],
    [DW, '2019-10-16', false],
    // Only the month in its header; Friday's confession announced, Friday evening's chain still called for.
    [MT, '2019-10-11', true],
    // No date; "Drei Tage nach dem Terroranschlag", Stahlknecht's interview "an diesem Samstag".
    [SPI, '2019-10-12', true],
  ])('%s was published on %s (inferred: %s)', (id, date, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    // "gisteren … doodschoot", not the helicopter flight "vanochtend".
    ['De man die gisteren in de Oost-Duitse stad Halle twee mensen doodschoot', '2019-10-09', [AP, NOS]],
    ['Agenten konden hem daar zonder verzet arresteren.', '2019-10-09', [AP, NOS]],
    ['Bondskanselier Merkel woonde gisteravond een wake bij', '2019-10-09', [DW, MT, NOS]],
    ['Procureur-generaal Peter Frank sprak vandaag op een persconferentie', '2019-10-10', [DW, MT, NOS, SPI]],
    ['Bondspresident Frank-Walter Steinmeier bezocht vandaag de synagoge', '2019-10-10', [MT, NOS]],
    ['Hij zei dat de dreiging van rechts-extremisme in Duitsland', '2019-10-10', [MT, NOS, SPI]],
    ['sitzt seit Donnerstagabend in Untersuchungshaft', '2019-10-10', [SPI]],
    ['As the Federal Attorney announced on Friday', '2019-10-11', [DW, MT]],
    ['Wie die Bundesanwaltschaft am Freitag mitteilte', '2019-10-11', [SPI]],
    ['told the Frankfurter Allgemeine Zeitung on Saturday', '2019-10-12', [DW]],
  ])('“%s” is of an event on %s, told by %j', (words, day, docs) => {
    const e = onlyCiting(file, words);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the two killed on Wednesday carry no conflict over the day of the helicopter flight', () => {
    const killed = onlyCiting(
      file,
      'De man die gisteren in de Oost-Duitse stad Halle twee mensen doodschoot',
    );
    expect(killed?.conflicts.map((c) => c.field)).not.toContain('when');
  });

  it.each<[string, string]>([
    ['Federal President Frank-Walter Stone Meier visited on Thursday', 'frank-walter-steinmeier'],
    ['The threat by right extremism is "very high", said Lake Farmer.', 'horst-seehofer'],
    ['demanded Shoemaker', 'josef-schuster'],
  ])('the machine translation’s “%s” names %s', (words, actor) => {
    const e = onlyCiting(file, words);
    expect(e?.actors).toContain(actor);
  });

  it.each<[string, string]>([
    ['Federal President Frank-Walter Stone Meier visited on Thursday', 'Frank-Walter Steinmeier visits'],
    ['demanded Shoemaker', 'Josef Schuster makes a statement'],
  ])('“%s” is titled “%s…”', (words, title) => {
    expect(onlyCiting(file, words)?.title.startsWith(title)).toBe(true);
  });

  it('the wounded in Landsberg-Wiedersdorf, “Land Mountain-Again Village” in translation, are there on Wednesday', () => {
    const e = onlyCiting(file, 'On the escape he injured in Land Mountain-Again Village');
    expect(e?.when.start.slice(0, 10)).toBe('2019-10-09');
    expect(e?.places).toContain('landsberg-wiedersdorf');
  });

  it('the B91 road counts nobody arrested, and “mehrere Kilogramm Sprengstoff” is nobody', () => {
    for (const e of file.events) {
      expect(e.title).not.toMatch(/^91 /);
      expect(e.title).not.toMatch(/Kilogramm|Sprengstoff/);
    }
  });

  it('Yom Kippur is the day of the attack: no event is its act and no event lists it as an actor', () => {
    expect(file.events.filter((e) => e.title.includes('Kippur'))).toEqual([]);
    expect(file.events.filter((e) => e.actors.some((a) => a.includes('kippur')))).toEqual([]);
  });

  it('the translation’s Minister President “David Hasselhoff” is Reiner Haseloff, with whom Steinmeier laid a wreath', () => {
    const wreath = onlyCiting(file, 'He laid down a wreath together with the Minister President');
    expect(wreath?.actors).toContain('reiner-haseloff');
    expect(file.actors.map((a) => a.name)).not.toContain('David Hasselhoff');
  });
});
