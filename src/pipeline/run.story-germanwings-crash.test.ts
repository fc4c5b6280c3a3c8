/**
 * The crash of Germanwings flight 4U9525 from Barcelona to Düsseldorf in the French Alps near
 * Seyne-les-Alpes on Tuesday 24 March 2015 at 10:41, all 150 on board killed, among them 16 pupils
 * and two teachers from Haltern am See; the cockpit voice recorder found that day, the visit of
 * Merkel, Hollande and Rajoy on Wednesday 25 March, the Marseille prosecutor Brice Robin's statement
 * of Thursday 26 March that the co-pilot Andreas Lubitz crashed the plane deliberately, and the
 * flight data recorder found on Thursday 2 April. The Germans and Spaniards among the dead are
 * counted differently (67, 72 and 75 Germans; 45, 49, 50 and 51 Spaniards). Told by six outlets in
 * de, nl and en: a Tagesschau report of the Tuesday with site boilerplate, a NOS report of the
 * Wednesday ("gisterochtend", "vandaag"), a FAZ report and an AP wire of the Thursday, a BBC report
 * of Friday 3 April and an undated translation from the French that writes "Andreas Lubiz",
 * "Brice Robbin" and "Carsten Spor".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('germanwings-crash');
}, 60_000);

const mentionIds = (words: string): Set<string> =>
  new Set(
    file.events
      .flatMap((e) => e.sources)
      .flatMap((s) => s.mentions ?? [])
      .filter((m) => m.text === words)
      .flatMap((m) => (m.id ? [m.id] : [])),
  );

const CRASH = 'Um 10.41 Uhr zerschellte das Flugzeug';

describe('the Germanwings crash as six outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_tagesschau_0324', '2015-03-24'],
        ['de_faz_0326', '2015-03-26'],
        ['nl_nos_0325', '2015-03-25'],
        ['en_ap_0326', '2015-03-26'],
        ['en_bbc_0403', '2015-04-03'],
      ]),
    );
  });

  it('the crash of Tuesday at 10:41 near Seyne-les-Alpes is one event every report tells', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.when.value).toBe('2015-03-24T10:41');
    expect(documentsOf(crash)).toEqual([
      'de_faz_0326',
      'de_tagesschau_0324',
      'en_ap_0326',
      'en_bbc_0403',
      'en_mt_undated',
      'nl_nos_0325',
    ]);
    expect(crash?.places).toContain('seyne-les-alpes');
    expect(crash?.actors).toContain('germanwings');
  });

  it.each<[string, string]>([
    ['the FAZ’s crash “am Dienstagvormittag”', 'war am Dienstagvormittag auf dem Weg von Barcelona'],
    ['the NOS’s crash “gisterochtend om 10.41 uur”', 'Het toestel stortte gisterochtend om 10.41 uur neer'],
    ['the AP’s crash “on Tuesday morning”', 'slammed into the mountains near the village of Seyne-les-Alpes'],
    ['the translation’s crash “Tuesday”', 'It is crashed Tuesday in the massif'],
  ])('%s is that crash', (_what, words) => {
    expect(onlyCiting(file, words)).toBe(onlyCiting(file, CRASH));
  });

  it('the crash AP’s lede recalls in “the jet that crashed …, a French prosecutor said Thursday” keeps its Tuesday', () => {
    const crash = onlyCiting(file, 'Germanwings jet that crashed in the French Alps');
    expect(crash).toBe(onlyCiting(file, CRASH));
    expect(crash?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('the plane’s route, Barcelona to Düsseldorf, is no place of the crash', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.places).not.toContain('barcelona');
    expect(crash?.places).not.toContain('dusseldorf');
  });

  it('all 150 on board killed is the crash’s toll', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.figures.map((f) => f.value)).toContain(150);
  });

  it('the 51 Spaniards “unter den Toten” are Spain’s share of the toll, no rival of the 150', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.figures).toContainEqual(
      expect.objectContaining({ value: 51, counts: 'people from Spain killed' }),
    );
    expect(crash?.conflicts.filter((c) => c.field === 'figures.people killed')).toEqual([]);
  });

  it.each<[string, string]>([
    ['the Tagesschau’s “Unter den Opfern sind … vermutlich 67 Deutsche”', 'vermutlich 67 Deutsche'],
    ['the AP’s “75 Germans were among the dead”', 'German officials say 75 Germans were among the dead'],
    ['the AP’s “Spain’s government says 50 Spaniards died”', "Spain's government says 50 Spaniards died"],
  ])('%s is a nation’s share of the crash’s toll, told with the crash', (_what, words) => {
    expect(onlyCiting(file, words)).toBe(onlyCiting(file, CRASH));
  });

  it('the nations’ shares disagree among themselves, the crash neither in Germany nor in Spain', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.conflicts.map((c) => [c.field, c.values.map((v) => v.value)])).toEqual([
      ['figures.people from Germany killed', [67, 72, 75]],
      ['figures.people from Spain killed', [50, 51]],
    ]);
    expect(crash?.places).not.toContain('spain');
    expect(crash?.actors).not.toContain('germany');
    expect(file.events.filter((e) => /^50 /.test(e.title))).toEqual([]);
  });

  it('the 75 Germans “among the dead” are Germany’s share of the toll, and no title counts them as all the dead', () => {
    const germans = onlyCiting(file, 'German officials say 75 Germans were among the dead');
    expect(germans?.figures).toContainEqual(
      expect.objectContaining({ value: 75, counts: 'people from Germany killed' }),
    );
    expect(germans?.title).not.toMatch(/^75 /);
  });

  it('“all 144 passengers and six crew members” are the parts of the 150, neither a toll of its own', () => {
    const crash = onlyCiting(file, CRASH);
    expect(crash?.figures.map((f) => f.value)).not.toContain(6);
    expect(crash?.figures.map((f) => f.value)).not.toContain(144);
  });

  it.each<[string, string]>([
    [
      'the Tagesschau’s “Am Abend wurde einer der beiden Flugschreiber gefunden”',
      'Am Abend wurde einer der beiden Flugschreiber gefunden',
    ],
    ['the NOS’s voice recorder found “gisteren”', 'die gisteren in de brokstukken werd gevonden'],
    [
      'the translation’s voice recorder “discovered on Tuesday”',
      'The voice recorder of the cockpit has been discovered on Tuesday',
    ],
    ['the BBC’s voice recorder “found on the day of the crash”', 'found on the day of the crash'],
  ])('%s is the cockpit voice recorder found on the day of the crash', (_what, words) => {
    const found = onlyCiting(file, words);
    expect(found?.when.start.slice(0, 10)).toBe('2015-03-24');
    expect(found).not.toBe(onlyCiting(file, CRASH));
    expect(found).toBe(onlyCiting(file, 'Am Abend wurde einer der beiden Flugschreiber gefunden'));
  });

  it('the recorders found are two events: the voice recorder of 24 March, the flight data recorder of 2 April', () => {
    const found = file.events.filter((e) => e.kind === 'recorder-recovered');
    expect(found.map((e) => e.when.start.slice(0, 10)).sort()).toEqual(['2015-03-24', '2015-04-02']);
  });

  it('the plane “that crashed in the French Alps” in the BBC’s lede is the crash, named again', () => {
    const crash = onlyCiting(file, 'from the Germanwings plane that crashed in the French Alps');
    expect(crash).toBe(onlyCiting(file, CRASH));
  });

  it('Spohr’s “Er reiste am Abend nach Südfrankreich” is titled by who travelled', () => {
    expect(onlyCiting(file, 'Er reiste am Abend nach Südfrankreich')?.title).toBe('Carsten Spohr arrives');
  });

  it('the flight data recorder found “on Thursday” before the BBC’s Friday is found on 2 April, another event', () => {
    const found = onlyCiting(file, 'The flight data recorder was found on Thursday');
    expect(found?.when.start.slice(0, 10)).toBe('2015-04-02');
    expect(found).not.toBe(onlyCiting(file, 'Am Abend wurde einer der beiden Flugschreiber gefunden'));
  });

  it.each<[string, string]>([
    [
      'the AP’s “Marseille prosecutor Brice Robin said”',
      'was alone at the controls when he "voluntarily" started',
    ],
    [
      'the FAZ’s “sagte der Staatsanwalt von Marseille, Brice Robin, am Donnerstag”',
      'sagte der Staatsanwalt von Marseille, Brice Robin, am Donnerstag',
    ],
  ])('%s is the prosecutor’s statement of Thursday 26 March, the translation’s too', (_what, words) => {
    const said = onlyCiting(file, words);
    expect(said?.kind).toBe('statement');
    expect(said?.when.start.slice(0, 10)).toBe('2015-03-26');
    expect(said?.title).toBe('Brice Robin makes a statement');
    expect(said).toBe(
      onlyCiting(file, 'The prosecutor of the Republic of Marseille Brice Robbin announced today'),
    );
    expect(said).not.toBe(onlyCiting(file, CRASH));
  });

  it('the visit of Merkel, Hollande and Rajoy “vandaag” and “am Mittwoch” is one event of Wednesday 25 March', () => {
    const visit = onlyCiting(file, 'hebben vandaag een bezoek gebracht aan het gebied');
    expect(visit?.when.start.slice(0, 10)).toBe('2015-03-25');
    expect(visit?.actors).toEqual(expect.arrayContaining(['angela-merkel', 'hollande', 'rajoy']));
    expect(onlyCiting(file, 'die Unglücksregion besucht')).toBe(visit);
  });

  it('Spohr’s “schwarzer Tag” of Tuesday is his statement of the 24th, apart from his words of the days after', () => {
    const tuesday = onlyCiting(file, 'sprach von einem "schwarzen Tag für die Lufthansa"');
    expect(tuesday?.kind).toBe('statement');
    expect(tuesday?.when.value).toBe('2015-03-24TEV');
    expect(documentsOf(tuesday)).toEqual(['de_tagesschau_0324']);
    expect(onlyCiting(file, 'Hij noemde het "de donkerste dag"')?.when.start.slice(0, 10)).toBe('2015-03-25');
  });

  it('Spohr “stunned” by the prosecutor’s findings (AP) speaks on Thursday the 26th, with the translation’s “apt to the flight”, apart from his “darkest day” of Wednesday (NOS)', () => {
    const stunned = onlyCiting(file, 'said the company was "stunned" by the findings');
    expect(stunned?.when.start.slice(0, 10)).toBe('2015-03-26');
    // FAZ's '"Wir können uns nicht erklären, was den Copiloten bewogen haben könnte", sagte Spohr' quotes it.
    expect(documentsOf(stunned)).toEqual(['de_faz_0326', 'en_ap_0326', 'en_mt_undated']);
    expect(onlyCiting(file, 'He said Lubitz had passed all medical and flight tests')).toBe(stunned);
    const darkest = onlyCiting(file, 'Hij noemde het "de donkerste dag"');
    expect(darkest).not.toBe(stunned);
    expect(documentsOf(darkest)).toEqual(['nl_nos_0325']);
    expect(onlyCiting(file, 'Spohr said Lubitz had interrupted his training')?.when.start.slice(0, 10)).toBe(
      '2015-03-26',
    );
  });

  it('the French government’s “Ein Terroranschlag gilt … als unwahrscheinlich” reports no attack', () => {
    const attacks = file.events.filter(
      (e) => e.kind === 'attack' && e.sources.some((s) => s.sentence.includes('Ein Terroranschlag gilt')),
    );
    expect(attacks).toEqual([]);
  });

  it.each<[string, string]>([
    ['Germanwings', 'germanwings'],
    ['Lufthansa', 'lufthansa'],
    ['Andreas Lubitz', 'lubitz'],
    ['Andreas Lubiz', 'lubitz'],
    ['Carsten Spohr', 'spohr'],
    ['Brice Robin', 'brice-robin'],
    ['Brice Robbin', 'brice-robin'],
    ['Merkel', 'angela-merkel'],
    ['Hollande', 'hollande'],
    ['Mariano Rajoy', 'rajoy'],
    ['BEA', 'bea'],
  ])('“%s” is the actor %s', (words, id) => {
    expect(mentionIds(words)).toEqual(new Set([id]));
  });

  it.each<[string, string]>([
    ['Seyne-les-Alpes', 'seyne-les-alpes'],
    ['Barcelona', 'barcelona'],
    ['Düsseldorf', 'dusseldorf'],
    ['Duesseldorf', 'dusseldorf'],
    ['Haltern am See', 'haltern-am-see'],
    ['Marseille', 'marseille'],
  ])('“%s” is the place %s', (words, id) => {
    expect(mentionIds(words)).toEqual(new Set([id]));
  });

  it('dates the undated translation to Thursday 26 March, the day the prosecutor spoke “today”', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2015-03-26', precision: 'day', inferred: true });
  });
});
