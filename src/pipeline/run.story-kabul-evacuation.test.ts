/**
 * The fall of Kabul to the Taliban on Sunday 15 August 2021, the chaos at its airport the next day,
 * the airlift, the suicide bombing at Abbey Gate on Thursday 26 August and the last American flight
 * in the night to Tuesday 31 August, told by five outlets in en, nl and de: an AP wire of the
 * Monday, a tagesschau report of the bombing's evening, a NOS report of the next morning with site
 * boilerplate, an undated translation from the Persian that writes Ghani "Ashraf Gandhi", and a
 * Zeit summary of 31 August that tells its days relatively.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('kabul-evacuation');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

describe('the fall of Kabul and the airlift as five outlets told it', () => {
  it.each<[string, string, string]>([
    ['the Taliban entering Kabul on Sunday', 'The Taliban entered Kabul on Sunday', '2021-08-15'],
    ['Ghani fleeing on Sunday', 'President Ashraf Ghani left the country on Sunday', '2021-08-15'],
    ['the embassy evacuated on Sunday', 'The U.S. Embassy was evacuated on Sunday', '2021-08-15'],
    ['the seven dead at the airport on Monday', 'At least seven people died in the chaos', '2021-08-16'],
    ['the two armed men shot at the airport', 'U.S. troops shot and killed two armed men', '2021-08-16'],
    [
      'the first German A400M landing late Monday',
      'A German air force A400M transport plane landed',
      '2021-08-16',
    ],
    [
      'Biden’s address of Monday afternoon',
      'President Joe Biden said in an address from the White House',
      '2021-08-16',
    ],
    [
      'the bombing “am Donnerstagabend Ortszeit”',
      'Ein Attentäter hatte sich am Donnerstagabend Ortszeit',
      '2021-08-26',
    ],
    [
      'the Bundeswehr’s flights ended on Thursday',
      'Die Bundeswehr hatte ihre Evakuierungsflüge schon am Donnerstag',
      '2021-08-26',
    ],
    [
      'the last Dutch plane leaving “gisteren”',
      'Het laatste toestel met Nederlandse militairen',
      '2021-08-26',
    ],
    ['the drone strike in Kabul “am Sonntag”', 'Am Sonntag töteten die USA', '2021-08-29'],
    ['the rockets fired at the airport “am Montag”', 'Am Montag hatte der IS fünf Raketen', '2021-08-30'],
    [
      'the Security Council’s resolution “am Montag”',
      'Der UN-Sicherheitsrat forderte die Taliban am Montag',
      '2021-08-30',
    ],
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the Taliban entering Kabul on Sunday 15 August is one capture of the wire and the translation', () => {
    const takeover = onlyCiting(file, 'The Taliban entered Kabul on Sunday');
    expect(takeover?.title).toBe('Taliban captures Kabul');
    expect(takeover?.when.value).toBe('2021-08-15');
    expect(documentsOf(takeover)).toEqual(['en_ap_0816', 'en_mt_undated']);
    expect(takeover?.places).toContain('kabul');
  });

  it('Ghani fleeing abroad is one event of the wire, the translation, tagesschau and Zeit’s “Er war … geflohen”, with Ghani its actor', () => {
    const flight = onlyCiting(file, 'President Ashraf Ghani left the country on Sunday');
    // The translation's "on Sunday afternoon" is the nearest time any report tells.
    expect(flight?.when.value).toBe('2021-08-15TAF');
    expect(documentsOf(flight)).toEqual([
      'de_tagesschau_0826',
      'de_zeit_0831',
      'en_ap_0816',
      'en_mt_undated',
    ]);
    expect(flight?.actors).toContain('ghani');
  });

  it('the translation’s “Ashraf Gandhi” and tagesschau’s “Aschraf Ghani” are Ashraf Ghani', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    expect(mentions.find((m) => m.text === 'Ashraf Gandhi')?.id).toBe('ghani');
    expect(mentions.find((m) => m.text === 'Aschraf Ghani')?.id).toBe('ghani');
  });

  it('Biden’s address is his statement, placed at no airport', () => {
    const address = onlyCiting(file, 'President Joe Biden said in an address from the White House');
    expect(address?.kind).toBe('statement');
    expect(address?.actors).toContain('biden');
    expect(address?.places).not.toContain('kabul-airport');
  });

  it('Zeit’s “von dem Anschlag am vergangenen Donnerstag” names the Abbey Gate bombing again', () => {
    const named = onlyCiting(file, 'von dem Anschlag am vergangenen Donnerstag');
    expect(named).toBe(onlyCiting(file, 'Ein Attentäter hatte sich am Donnerstagabend Ortszeit'));
  });

  it('the bombing at Abbey Gate is one event of tagesschau, NOS and Zeit, at the airport', () => {
    const bombing = onlyCiting(file, 'Ein Attentäter hatte sich am Donnerstagabend Ortszeit');
    expect(documentsOf(bombing)).toEqual(['de_tagesschau_0826', 'de_zeit_0831', 'nl_nos_0827']);
    expect(bombing?.places).toEqual(expect.arrayContaining(['abbey-gate', 'kabul-airport']));
  });

  it('the claim of the Islamic State and its Afghan branch ISIS-K is one event of the three reports', () => {
    const claim = onlyCiting(file, 'Zu dem Anschlag bekannte sich die Terrormiliz IS-Khorasan');
    expect(claim?.kind).toBe('claim');
    expect(documentsOf(claim)).toEqual(['de_tagesschau_0826', 'de_zeit_0831', 'nl_nos_0827']);
    expect(claim?.actors).toContain('isis-k');
  });

  it('the toll of the bombing, 60 Afghans on Thursday evening and 170 dead the next morning, is a conflict', () => {
    const tolls = [...citing('mindestens 60 Afghanen'), ...citing('zeker 170 mensen om het leven')];
    const conflict = tolls.flatMap((e) => e.conflicts).find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => [v.value, v.reported])).toEqual([
      [60, '2021-08-26'],
      [170, '2021-08-27'],
    ]);
    for (const toll of tolls) expect(toll.when.start.slice(0, 10)).toBe('2021-08-26');
  });

  it('Biden’s vow after the bombing is one statement of tagesschau and NOS, made by Thursday', () => {
    const vow = onlyCiting(file, 'US-Präsident Joe Biden kündigte Vergeltung an');
    expect(vow?.when.end).toBe('2021-08-26');
    expect(documentsOf(vow)).toEqual(['de_tagesschau_0826', 'nl_nos_0827']);
    expect(vow?.actors).toContain('biden');
  });

  it('the Bundeswehr ending its flights on Thursday is its own end, apart from the Dutch end', () => {
    const german = onlyCiting(file, 'Die Bundeswehr hatte ihre Evakuierungsflüge schon am Donnerstag');
    expect(german?.title).toBe('Bundeswehr ends its evacuation');
    const dutch = onlyCiting(file, 'Het laatste toestel met Nederlandse militairen');
    expect(dutch?.id).not.toBe(german?.id);
  });

  it('the last American plane leaving “in der Nacht zu Dienstag” left in the night of Monday 30 August', () => {
    const last = onlyCiting(file, 'In der Nacht zu Dienstag startete die letzte Maschine');
    expect(last?.when.value).toBe('2021-08-30TNI');
    expect(last?.places).toContain('kabul-airport');
  });

  it.each<[string, string]>([
    ['the takeover Zeit tells “seit” the airlift of “die USA”', 'seit der Machtübernahme der Taliban'],
    ['the seven dead “U.S. officials” tell of', 'At least seven people died in the chaos'],
    ['the injured “unter ihnen 18 US-Soldaten”', 'Mehr als 140 Menschen wurden'],
    [
      'the second explosion near the hotel “in dem Großbritannien seine Evakuierung organisiert”',
      'Eine zweite Explosion',
    ],
    ['the drone strike “Am Sonntag töteten die USA … in Kabul”', 'Am Sonntag töteten die USA'],
  ])('%s is placed in no country that acts in its sentence', (_what, words) => {
    for (const e of citing(words)) {
      expect(e.places).not.toContain('united-states');
      expect(e.places).not.toContain('united-kingdom');
    }
    expect(citing(words).length).toBeGreaterThan(0);
  });

  it('the fighters taking over the presidential palace on Sunday evening read “Presidential palace seized”', () => {
    const palace = onlyCiting(file, 'Their fighters took over the presidential palace');
    expect(palace?.title).toBe('Presidential palace seized');
    expect(palace?.when.value).toBe('2021-08-15TEV');
  });

  it('“Die Evakuierung werde wie geplant bis zum 31. August fortgesetzt” is a deadline, no event of 31 August', () => {
    expect(citing('bis zum 31. August fortgesetzt')).toEqual([]);
  });

  it('the injured of the bombing, “mehr als 140” that evening and “ruim 150” the next morning, are one count in conflict', () => {
    const injured = onlyCiting(file, 'Mehr als 140 Menschen wurden');
    expect(documentsOf(injured)).toEqual(['de_tagesschau_0826', 'nl_nos_0827']);
    expect(
      injured?.conflicts.find((c) => c.field === 'figures.people injured')?.values.map((v) => v.value),
    ).toEqual([140, 150]);
  });

  it('the people seen falling from the C-17 on Monday are one event of the wire and the translation, two against three', () => {
    const fall = onlyCiting(file, 'two people falling from the plane');
    expect(fall?.kind).toBe('fall-from-aircraft');
    expect(fall?.when.value).toBe('2021-08-16');
    expect(documentsOf(fall)).toEqual(['en_ap_0816', 'en_mt_undated']);
  });

  it('the second explosion is at the Baron Hotel', () => {
    expect(onlyCiting(file, 'Eine zweite Explosion')?.places).toEqual(['baron-hotel-kabul']);
  });

  it('dates the undated translation to Monday 16 August, the day after the Sunday it tells of', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2021-08-16', precision: 'day', inferred: true });
  });
});
