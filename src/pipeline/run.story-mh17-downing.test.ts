/**
 * The downing of Malaysia Airlines flight MH17 over eastern Ukraine on Thursday 17 July 2014 at
 * about 16:20 local time (13:20 GMT), near Hrabove in the Donetsk region, the toll told as 295 in
 * the first hours and 298 later, with 154, 189 and 193 Dutch among them, the blame Ukraine, the
 * separatists and Russia laid on each other, the black boxes handed over in Donetsk late on Monday
 * 21 July and the first bodies flown to Eindhoven on the national day of mourning of Wednesday 23
 * July, told by six outlets in nl, de and en: a NOS report of the Thursday with site boilerplate, a
 * Spiegel report and a Reuters wire of the Friday, a Guardian report of the Tuesday, a Volkskrant
 * report of the Wednesday that tells its days relatively ("afgelopen donderdag", "Maandagavond")
 * and an undated translation from the Russian that writes "Mark Root" and "Peter Poroshenka".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('mh17-downing');
}, 60_000);

const mentionIds = (words: string): Set<string> =>
  new Set(
    file.events
      .flatMap((e) => e.sources)
      .flatMap((s) => s.mentions ?? [])
      .filter((m) => m.text.includes(words))
      .flatMap((m) => (m.id ? [m.id] : [])),
  );

describe('the downing of MH17 as six outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_0718', '2014-07-18'],
        ['en_guardian_0722', '2014-07-22'],
        ['en_reuters_0718', '2014-07-18'],
        ['nl_nos_0717', '2014-07-17'],
        ['nl_volkskrant_0723', '2014-07-23'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    [
      'the crash “vanmiddag” of the Thursday report',
      'Het toestel stortte neer bij het dorp Hrabove',
      '2014-07-17',
    ],
    [
      'the crash “am Donnerstagnachmittag”',
      'war am Donnerstagnachmittag auf dem Weg von Amsterdam',
      '2014-07-17',
    ],
    [
      'the downing “afgelopen donderdag”',
      'werd afgelopen donderdag boven het oosten van Oekraïne neergehaald',
      '2014-07-17',
    ],
    [
      'the black boxes handed over “late on Monday”',
      'were handed over to Malaysian officials late on Monday',
      '2014-07-21',
    ],
    [
      'the black boxes handed over “Maandagavond”',
      'Maandagavond droegen de separatisten in Donetsk de zwarte dozen',
      '2014-07-21',
    ],
    [
      'the first bodies landing in Eindhoven “Vanmiddag”',
      'Vanmiddag landen op vliegbasis Eindhoven',
      '2014-07-23',
    ],
    [
      'the day of mourning declared for “de dag”',
      'Het kabinet heeft de dag uitgeroepen tot nationale dag van rouw',
      '2014-07-23',
    ],
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the downing of Thursday near Hrabove is one event of the NOS, Spiegel, Reuters, the Guardian and the Volkskrant', () => {
    const downing = onlyCiting(file, 'werd afgelopen donderdag boven het oosten van Oekraïne neergehaald');
    expect(downing?.when.start.slice(0, 10)).toBe('2014-07-17');
    expect(documentsOf(downing)).toEqual(
      expect.arrayContaining([
        'de_spiegel_0718',
        'en_guardian_0722',
        'en_reuters_0718',
        'nl_nos_0717',
        'nl_volkskrant_0723',
      ]),
    );
    expect(downing?.places).toContain('hrabove');
    expect(downing?.actors).toContain('malaysia-airlines');
    expect(onlyCiting(file, 'Het toestel stortte neer bij het dorp Hrabove')).toBe(downing);
  });

  it('Spiegel’s crash “in der Region Donezk”, the region Hrabove lies in, is that downing, still of the afternoon', () => {
    const downing = onlyCiting(file, 'werd afgelopen donderdag boven het oosten van Oekraïne neergehaald');
    expect(onlyCiting(file, 'als sie in der Region Donezk abstürzte')).toBe(downing);
    expect(downing?.when.value).toBe('2014-07-17TAF');
    expect(file.events.map((e) => e.title)).not.toContain('Crash in Donetsk Oblast');
  });

  it('the toll, all 295 on board in the first hours and all 298 from the Friday, is a conflict of one toll', () => {
    const toll = onlyCiting(file, 'Alle 295 inzittenden zijn om het leven gekomen');
    const conflict = toll?.conflicts.find((c) => c.values.some((v) => v.value === 295));
    expect(conflict?.field).toMatch(/killed$/);
    expect(conflict?.values.map((v) => v.value)).toEqual([295, 298]);
    expect(onlyCiting(file, 'Alle 298 inzittenden kwamen om')).toBe(toll);
  });

  it('the plane’s route, Amsterdam to Kuala Lumpur, is no place of the crash', () => {
    const places = new Set(file.events.flatMap((e) => e.places));
    expect(places).not.toContain('amsterdam');
    expect(places).not.toContain('kuala-lumpur');
  });

  it.each<[string, string, string]>([
    [
      'Poroshenko calling it “een terroristische daad”',
      'De Oekraïense president Porosjenko sprak van',
      'poroshenko',
    ],
    [
      'Poroschenko speaking of a “Terrorakt”',
      'Der ukrainische Präsident Petro Poroschenko sprach von einem',
      'poroshenko',
    ],
    [
      'Putin blaming Ukraine on Thursday',
      'Russian President Vladimir Putin said on Thursday that Ukraine bore responsibility',
      'putin',
    ],
    [
      'Putin blaming Ukraine “vanavond”',
      'De Russische president Poetin zei vanavond dat Oekraïne verantwoordelijk is',
      'putin',
    ],
  ])('%s is a statement of its speaker, not an attack', (_what, words, speaker) => {
    const said = onlyCiting(file, words);
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain(speaker);
  });

  it('the blame is told as claims: no event is an attack, a dismissal or a place named after a speaker', () => {
    const kinds = new Set(file.events.map((e) => e.kind));
    for (const kind of ['attack', 'shooting', 'dismissal']) expect(kinds).not.toContain(kind);
    expect(file.events.map((e) => e.title).join(' ')).not.toMatch(/ in Peter Poroshenka/);
  });

  it('the missile Poroshenko told of, “von einer Boden-Luft-Rakete”, is no speaker', () => {
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Rakete');
    expect(
      onlyCiting(file, 'Die Maschine sei von einer Boden-Luft-Rakete getroffen worden')?.actors,
    ).toContain('poroshenko');
  });

  it('the black boxes handed over late on Monday in Donetsk are one event of the Guardian and the Volkskrant', () => {
    const handover = onlyCiting(file, 'were handed over to Malaysian officials late on Monday');
    expect(handover?.title).toMatch(/flight recorders handed over/i);
    expect(documentsOf(handover)).toEqual(expect.arrayContaining(['en_guardian_0722', 'nl_volkskrant_0723']));
    expect(handover?.places).toContain('donetsk');
    expect(onlyCiting(file, 'Maandagavond droegen de separatisten in Donetsk de zwarte dozen')).toBe(
      handover,
    );
  });

  it('the national day of mourning of Wednesday 23 July is one event of the Guardian and the Volkskrant', () => {
    const mourning = onlyCiting(file, 'Het kabinet heeft de dag uitgeroepen tot nationale dag van rouw');
    expect(mourning?.when.value).toBe('2014-07-23');
    expect(documentsOf(mourning)).toEqual(expect.arrayContaining(['en_guardian_0722', 'nl_volkskrant_0723']));
    expect(mourning?.actors).toContain('netherlands');
  });

  it('the minute of silence “in het hele land”, where the King and Rutte attend, is held in the Netherlands', () => {
    const silence = onlyCiting(file, 'Om 16.00 uur wordt in het hele land een minuut stilte gehouden');
    expect(silence?.places).toEqual(['netherlands']);
    expect(silence?.when.start).toBe('2014-07-23T16:00');
  });

  it('the first bodies landing in Eindhoven on Wednesday are an arrival of the remains at Eindhoven', () => {
    const arrival = onlyCiting(file, 'Vanmiddag landen op vliegbasis Eindhoven');
    expect(arrival?.title).toBe('Remains of victims arrive in Eindhoven');
    expect(arrival?.places).toContain('eindhoven');
  });

  it('the train of the bodies reaching Kharkiv on Tuesday is an arrival of the remains at Kharkiv that day', () => {
    const train = file.events.find((e) => e.title === 'Remains of victims arrive in Kharkiv');
    expect(train?.sources.map((s) => s.sentence).join(' ')).toContain(
      'arrived in the government-held city of Kharkiv',
    );
    expect(train?.when.start.slice(0, 10)).toBe('2014-07-22');
  });

  it.each<[string, string]>([
    ['Porosjenko', 'poroshenko'],
    ['Poroschenko', 'poroshenko'],
    ['Mark Root', 'rutte'],
    ['Willem-Alexander', 'willem-alexander'],
    ['Borodai', 'borodai'],
    ['Obama', 'obama'],
    ['Poetin', 'putin'],
    ['Malaysia Airlines', 'malaysia-airlines'],
  ])('“%s” is the actor %s', (words, id) => {
    expect(mentionIds(words)).toEqual(new Set([id]));
  });

  it('the places of the story are known, in their Dutch and German spellings too', () => {
    const places = new Set(file.events.flatMap((e) => e.places));
    for (const id of ['hrabove', 'donetsk-oblast', 'donetsk', 'eindhoven', 'kharkiv'])
      expect(places).toContain(id);
  });

  it('dates the undated translation to Tuesday 22 July, the day the train reached Kharkiv', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2014-07-22', precision: 'day', inferred: true });
  });
});
