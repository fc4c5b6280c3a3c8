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
import { documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('mh17-downing');
}, 60_000);

type Event = EventFile['events'][number];

/** The events citing a sentence with those words. */
const citing = (words: string): Event[] =>
  file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)));

const mentionIds = (words: string): Set<string> =>
  new Set(
    file.events
      .flatMap((e) => e.sources)
      .flatMap((s) => s.mentions ?? [])
      .filter((m) => m.text.includes(words))
      .map((m) => m.id),
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
      'Het contact met het vliegtuig ging rond 16.20 uur',
      '2014-07-17',
    ],
    [
      'the crash “am Donnerstagnachmittag”',
      'war am Donnerstagnachmittag auf dem Weg von Amsterdam',
      '2014-07-17',
    ],
    [
      'the crash “on Thursday” of the Friday wire',
      'came down on Thursday near the village of Hrabove',
      '2014-07-17',
    ],
    [
      'the downing “afgelopen donderdag”',
      'werd afgelopen donderdag boven het oosten van Oekraïne neergehaald',
      '2014-07-17',
    ],
    ['the translation’s fall “on 17 July”', 'fell on 17 July in the Donetsk region', '2014-07-17'],
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
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the crash of Thursday at 16:20 local time is one event of all six outlets, near Hrabove in the Donetsk region', () => {
    const crash = onlyCiting(file, 'Het contact met het vliegtuig ging rond 16.20 uur');
    expect(crash?.when.value).toBe('2014-07-17T16:20');
    expect(documentsOf(crash)).toEqual([
      'de_spiegel_0718',
      'en_guardian_0722',
      'en_mt_undated',
      'en_reuters_0718',
      'nl_nos_0717',
      'nl_volkskrant_0723',
    ]);
    expect(crash?.places).toContain('hrabove');
    expect(crash?.actors).toContain('malaysia-airlines');
  });

  it('the crash is the only crash: no second downing on the Friday Obama spoke', () => {
    const crash = onlyCiting(file, 'Het contact met het vliegtuig ging rond 16.20 uur');
    const crashes = file.events.filter(
      (e) => ['accident', 'disaster', 'attack'].includes(e.kind) && e.id !== crash?.id,
    );
    expect(crashes.map((e) => e.title)).toEqual([]);
  });

  it('the toll, 295 in the first hours and 298 from the Friday, is a conflict of the crash', () => {
    const conflict = file.events
      .flatMap((e) => e.conflicts)
      .find((c) => c.field === 'figures.people killed' && c.values.some((v) => v.value === 295));
    expect(conflict?.values.map((v) => v.value)).toEqual(expect.arrayContaining([295, 298]));
  });

  it('the Dutch among the dead, 154 on the Thursday, 189 on the Friday and 193 on the Tuesday, are one running tally', () => {
    const tallies = file.events
      .flatMap((e) => e.conflicts)
      .filter((c) => c.values.some((v) => v.value === 154));
    expect(tallies.flatMap((c) => c.values.map((v) => v.value))).toEqual(
      expect.arrayContaining([154, 189, 193]),
    );
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
      'Obama telling of a missile from separatist territory',
      'U.S. President Barack Obama said on Friday a surface-to-air missile',
      'obama',
    ],
    [
      'the translation’s “Poroshenka” accusing the militia',
      'The president of Ukraine Peter Poroshenka again accused the militia',
      'poroshenko',
    ],
  ])('%s is a statement of its speaker, not an attack', (_what, words, speaker) => {
    const said = onlyCiting(file, words);
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain(speaker);
  });

  it('the blame is no attack by the accused: no attack event has the separatists, Ukraine or Russia as its agent', () => {
    const attacks = file.events.filter((e) => e.kind === 'attack' || e.kind === 'shooting');
    expect(attacks.map((e) => e.title)).toEqual([]);
  });

  it('the black boxes handed over late on Monday in Donetsk are one event of the Guardian, the Volkskrant and the translation', () => {
    const handover = onlyCiting(file, 'were handed over to Malaysian officials late on Monday');
    expect(handover?.when.start.slice(0, 10)).toBe('2014-07-21');
    expect(documentsOf(handover)).toEqual(['en_guardian_0722', 'en_mt_undated', 'nl_volkskrant_0723']);
    expect(handover?.places).toContain('donetsk');
  });

  it('the national day of mourning of Wednesday 23 July is one event of the Guardian, the Volkskrant and the translation', () => {
    const mourning = onlyCiting(file, 'Nederland staat vandaag stil bij de slachtoffers');
    expect(mourning?.when.value).toBe('2014-07-23');
    expect(documentsOf(mourning)).toEqual(['en_guardian_0722', 'en_mt_undated', 'nl_volkskrant_0723']);
    expect(mourning?.actors).toContain('netherlands');
  });

  it('the first bodies landing in Eindhoven on Wednesday are one event at Eindhoven, told before by the Guardian', () => {
    const arrival = onlyCiting(file, 'Vanmiddag landen op vliegbasis Eindhoven');
    expect(arrival?.when.start.slice(0, 10)).toBe('2014-07-23');
    expect(arrival?.places).toContain('eindhoven');
    expect(onlyCiting(file, 'The first bodies are to arrive in Eindhoven on Wednesday')).toBe(arrival);
  });

  it('the train of the bodies reaching Kharkiv on Tuesday is an arrival at Kharkiv of that day', () => {
    const train = onlyCiting(file, 'arrived in the government-held city of Kharkiv on Tuesday');
    expect(train?.when.start.slice(0, 10)).toBe('2014-07-22');
    expect(train?.places).toContain('kharkiv');
    expect(train?.actors).not.toContain('malaysia-airlines');
  });

  it.each<[string, string]>([
    ['Porosjenko', 'poroshenko'],
    ['Poroschenko', 'poroshenko'],
    ['Poroshenka', 'poroshenko'],
    ['Mark Root', 'rutte'],
    ['Willem-Alexander', 'willem-alexander'],
    ['Borodai', 'borodai'],
    ['Borodaj', 'borodai'],
    ['Obama', 'obama'],
    ['Poetin', 'putin'],
    ['Malaysia Airlines', 'malaysia-airlines'],
  ])('“%s” is the actor %s', (words, id) => {
    expect(mentionIds(words)).toEqual(new Set([id]));
  });

  it('the places of the story are known, in their Dutch and German spellings too', () => {
    const places = new Set(file.events.flatMap((e) => e.places));
    for (const id of ['hrabove', 'donetsk', 'eindhoven', 'kharkiv', 'amsterdam'])
      expect(places).toContain(id);
  });

  it('dates the undated translation to Tuesday 22 July, the day the train reached Kharkiv', () => {
    const published = file.documents.find((d) => d.id === 'en_mt_undated')?.published;
    expect(published).toMatchObject({ date: '2014-07-22', precision: 'day', inferred: true });
  });
});
