/**
 * The Easter Sunday bombings in Sri Lanka (April 2019), told by five outlets in en, nl and de: an
 * English wire with its date glued to the headline, NU.nl with a section before its byline's date,
 * an undated Spiegel report, a machine translation dated by its month only and a recap with front
 * matter ten days on. Each report is dated as a reader dates it, and the happenings of the week fall
 * on their days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('sri-lanka-easter-bombings');
}, 60_000);

const W = 'wire-sri-lanka-toll-rises-to-290';
const N = 'nu-nl-islamitische-staat-eist-aanslagen-sri-lanka-op';
const S = 'spiegel-sri-lanka-korrigiert-opferzahl';
const T = 'trendnews24-sri-lanka-police-boss-resigns';
const R = 'sri-lanka-ten-days-after-easter';

describe('the Easter bombings in Sri Lanka as five outlets told them', () => {
  it.each<[string, string, string, boolean]>([
    ['the wire, its date glued to the headline, is of Monday 22 April', W, '2019-04-22', false],
    [
      'NU.nl, whose byline opens with its section (“Buitenland | 23 april 2019 17:12 | …”), is of Tuesday 23 April, not its footer’s 2016',
      N,
      '2019-04-23',
      false,
    ],
    [
      'the undated Spiegel report, telling Thursday’s revised toll and Tuesday’s claim, is of Thursday 25 April',
      S,
      '2019-04-25',
      true,
    ],
    [
      'the month-only translation, telling Friday after “Easter Sunday”, is of Friday 26 April',
      T,
      '2019-04-26',
      true,
    ],
    ['the recap is of its front matter’s 1 May', R, '2019-05-01', false],
  ])('%s', (_, id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    ['Social media app banned in Sri Lanka', '2019-04-21', [N, S, R, T, W]],
    ['About 500 people injured', '2019-04-21', [N, S, R, W]],
    ['24 people arrested', '2019-04-22', [N, W]],
    ['National mourning', '2019-04-23', [N, R, W]],
    ['Islamic State claims responsibility', '2019-04-23', [N, S, T]],
    ['Ruwan Wijewardene makes a statement', '2019-04-23', [N, S]],
    ["Maithripala Sirisena calls for Pujith Jayasundara's resignation", '2019-04-24', [S, R, T]],
    ['Hemasiri Fernando resigns', '2019-04-25', [S, T]],
    ['Curfew imposed', '2019-04-23', [N]],
    ['Pujith Jayasundara announces resignation', '2019-04-26', [R, T]],
    ['Zahran Hashim dies', '2019-04-26', [R, T]],
    ['Ban lifted', '2019-04-30', [R]],
    ['50 people killed', '2019-03-15', [N]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the churches and hotels struck are the listed places of Colombo, Negombo and Batticaloa', () => {
    const attack = onlyCiting(file, 'suicide bombers strike St. Anthony');
    expect(attack?.places).toEqual(
      expect.arrayContaining([
        'st-anthonys-shrine-colombo',
        'st-sebastians-church-negombo',
        'zion-church-batticaloa',
        'shangri-la-hotel-colombo',
        'cinnamon-grand-colombo',
        'kingsbury-hotel-colombo',
      ]),
    );
  });

  it('the toll as it rose from Sunday to Tuesday is one conflict: 207, 290, 310, 321', () => {
    const toll = mostTold(file, '321 people killed');
    const conflict = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => v.value)).toEqual([207, 290, 310, 321]);
  });

  it('the revised toll sets 253 against 359, neither Unicef’s 45 children among them nor Christchurch’s 50 dead', () => {
    const toll = mostTold(file, 'About 253 people killed');
    const conflict = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => v.value)).toEqual([253, 359]);
  });

  it('the translation’s “Almost one week after the attacks on Easter Sunday” is the police chief’s resignation, not a day of Easter', () => {
    const resigned = onlyCiting(file, 'Almost one week after the serious attacks on Easter Sunday');
    expect(resigned?.title).toBe('Pujith Jayasundara announces resignation');
  });

  it('the state of emergency “from midnight on Monday” begins as Monday ends, not as it begins', () => {
    const emergency = onlyCiting(file, 'would take effect from midnight on Monday');
    expect(emergency?.when.start).toBe('2019-04-22T23:59');
  });

  it('NU.nl’s “Vannacht geldt opnieuw een avondklok” is the curfew of Tuesday night, the night after its report', () => {
    const curfew = onlyCiting(file, 'Vannacht geldt opnieuw een avondklok');
    expect(curfew?.when.value).toBe('2019-04-23TNI');
  });

  it('Spiegel’s “Nach Angaben Wijewardenes” is Wijewardene’s account, no person “Angaben Wijewardenes”', () => {
    expect(file.actors.map((a) => a.id)).not.toContain('name:angaben-wijewardenes');
    const nine = onlyCiting(file, 'sagte er am Mittwoch');
    expect(nine?.title).toBe('Ruwan Wijewardene makes a statement');
    expect(nine?.when.start.slice(0, 10)).toBe('2019-04-24');
  });

  it('the recap’s foreign dead, told after “290 on the Monday”, are Spiegel’s of that week, not of 29 April', () => {
    const foreigners = onlyCiting(file, 'Among the dead were about 40 foreigners');
    expect(documentsOf(foreigners)).toEqual(expect.arrayContaining([S, R]));
    expect((foreigners?.when.start ?? '') < '2019-04-25' && foreigners !== undefined).toBe(true);
  });

  it('NU.nl’s “Wickremesinghe zegt” that he was not told is no saying of the warning’s 4 April', () => {
    const said = onlyCiting(file, 'Premier Ranil Wickremesinghe zegt');
    expect(said?.when.start.slice(0, 10)).not.toBe('2019-04-04');
  });

  it('the revised toll is titled by its revised count and falls on Thursday, not on the Wednesday its 359 stood', () => {
    const toll = onlyCiting(file, 'Noch am Mittwoch hatte die Polizei von 359 Toten gesprochen');
    expect(toll?.title).toBe('About 253 people killed');
    expect(toll?.when.start).toBe('2019-04-25');
    expect(toll?.conflicts.map((c) => c.field)).not.toContain('when');
  });

  it('the state of emergency after “the government blames National Thowheeth Jama’ath …;” is not the group’s', () => {
    const emergency = onlyCiting(file, 'would take effect from midnight on Monday');
    expect(emergency?.title).not.toMatch(/Thowheeth/);
  });

  it('NU.nl’s “Sinds middernacht van maandag op dinsdag geldt … de noodtoestand” is the wire’s and the recap’s midnight, no second day', () => {
    const emergency = onlyCiting(file, 'Sinds middernacht van maandag op dinsdag');
    expect(documentsOf(emergency)).toEqual([N, R, W]);
    expect(emergency?.when.start).toBe('2019-04-22T23:59');
    expect(emergency?.conflicts.map((c) => c.field)).not.toContain('when');
  });

  it('Spiegel’s blast in Pugoda, where “verletzt wurde niemand”, injured no one', () => {
    const blast = onlyCiting(file, 'Am Donnerstagmorgen explodierte in Pugoda');
    expect(blast?.title).toBe('Explosions in Pugoda');
  });

  it.each([
    ['Strike in Syria', 'the IS “can still strike worldwide”, no labour strike'],
    ['Deaths in Pakistan', 'refugees from Pakistan left “the Negombo region, where … the most people died”'],
  ])('no event “%s”: %s', (title) => {
    expect(file.events.map((e) => e.title)).not.toContain(title);
  });

  it('the translation’s terrorism expert “Guido Stone Mountain” is Guido Steinberg', () => {
    const expert = onlyCiting(file, 'The terrorism expert Guido Stone Mountain');
    expect(expert?.actors).toContain('guido-steinberg');
    expect(file.actors.map((a) => a.id)).not.toContain('name:guido-stone-mountain');
  });

  it('the wire’s blasts that “followed in the early afternoon” are Sunday’s, and Monday’s van is a blast of its own', () => {
    const afternoon = onlyCiting(file, 'Two further blasts followed in the early afternoon');
    expect(afternoon?.when.value).toBe('2019-04-21TAF');
    expect(afternoon?.conflicts.map((c) => c.field)).not.toContain('when');
    const van = onlyCiting(file, 'On Monday afternoon a van parked near St. Anthony');
    expect(van?.when.value).toBe('2019-04-22TAF');
    expect(documentsOf(van)).toEqual([W]);
  });

  it('NU.nl’s “Daarbij kwamen vijftig mensen om het leven” are the dead of Christchurch', () => {
    const christchurch = onlyCiting(file, 'Daarbij kwamen vijftig mensen om het leven');
    expect(christchurch?.places).toEqual(['christchurch']);
  });

  it('the president who asked both men to resign does not resign himself', () => {
    expect(file.events.map((e) => e.title)).not.toContain('Maithripala Sirisena resigns');
  });
});
