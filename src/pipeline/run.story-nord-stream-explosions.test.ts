/**
 * The Nord Stream pipeline explosions of 26 September 2022, told by five outlets in en, nl and de
 * over the first four days: the pressure drops and the leak found near Bornholm, the two blasts
 * Swedish seismologists recorded, Denmark and Sweden calling them deliberate, the EU's and NATO's
 * statements, the investigations, the fourth leak of Thursday, a Swedish prime minister a
 * translation misnamed, and the day of a month-only report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('nord-stream-explosions');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Nord Stream explosions as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Explosions near Bornholm', '2022-09-26', ['de_tagesschau_0928', 'en_reuters_0927', 'nl_volkskrant_09']],
    ['Denmark makes a statement', '2022-09-27', ['en_reuters_0927']],
    ['Nord Stream AG makes a statement', '2022-09-27', ['en_reuters_0927']],
    ['Ursula von der Leyen makes a statement', '2022-09-27', ['en_reuters_0927']],
    ['Sweden opens investigation', '2022-09-27', ['de_tagesschau_0928']],
    ['Josep Borrell makes a statement', '2022-09-28', ['de_tagesschau_0928']],
    ['Swedish Security Service opens investigation', '2022-09-28', ['de_tagesschau_0928']],
    ['Jens Stoltenberg holds talks with Morten Bødskov', '2022-09-28', ['de_tagesschau_0928']],
    ['NATO makes a statement', '2022-09-29', ['en_mt_0929']],
    ['Vladimir Putin makes a statement', '2022-09-29', ['en_mt_0929']],
    ['Leak in the Baltic Sea', '2022-09-29', ['en_mt_0929', 'nl_volkskrant_09']],
    ['Joe Biden makes a statement', '2022-09-30', ['nl_volkskrant_09']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the first blast struck at 2:03 on Monday near Bornholm in the Baltic Sea', () => {
    const blasts = titled('Explosions near Bornholm');
    expect(blasts?.when.start).toBe('2022-09-26T02:03');
    expect(blasts?.places).toEqual(expect.arrayContaining(['baltic-sea', 'bornholm']));
  });

  it('the leak found on Monday and the pressure drops of that night and evening are one leak near Bornholm', () => {
    const leak = onlyCiting(file, 'is maandag een lek ontdekt');
    expect(leak?.title).toBe('Leak near Bornholm');
    expect(documentsOf(leak)).toEqual(['de_tagesschau_0928', 'en_reuters_0927', 'nl_nos_0926']);
    const sentences = leak?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('In der Nacht zu Montag war der Druck');
    expect(sentences).toContain('Maandagavond meldde ook de exploitant van Nord Stream 1 een drukval');
  });

  it('Reuters’ undated “Three leaks have been found” are Monday’s leaks, not the fourth leak of Thursday', () => {
    const leaks = onlyCiting(file, 'Three leaks have been found');
    expect(leaks).toBe(onlyCiting(file, 'is maandag een lek ontdekt'));
    expect(leaks?.when.start.slice(0, 10)).toBe('2022-09-25');
    expect(onlyCiting(file, 'discovered a fourth leak')).not.toBe(leaks);
  });

  it('the Danish Maritime Authority closing the waters around the leak to shipping is told', () => {
    const closed = onlyCiting(file, 'afgesloten voor de scheepvaart');
    expect(closed?.title).toBe('Shipping halted');
    expect(documentsOf(closed)).toEqual(['nl_nos_0926']);
  });

  it('the North Atlantic Council’s words are NATO’s statement of Thursday', () => {
    const sentences = titled('NATO makes a statement')?.sources.map((s) => s.sentence);
    expect(sentences?.some((s) => s.includes('the North Atlantic Council declared'))).toBe(true);
  });

  it('the Swedish prime minister a translation calls “Anderson” is Magdalena Andersson, as written kept', () => {
    const said = onlyCiting(file, 'Prime Minister Anderson said');
    expect(said?.title).toBe('Magdalena Andersson makes a statement');
    const mention = said?.sources[0]?.mentions?.find((m) => m.id === 'magdalena-andersson');
    expect(mention?.text).toBe('Anderson');
  });

  it.each<[string, string]>([
    ['The Danish Energy Agency said the gas could keep escaping', 'danish-energy-agency'],
    ['erklärte der EU-Außenbeauftragte Josep Borrell', 'josep-borrell'],
    ['Am Mittwoch übernahm der Inlandsgeheimdienst Säpo', 'sapo'],
    ['Bundesinnenministerin Nancy Faeser sagte', 'nancy-faeser'],
  ])('“%s” is told by the listed %s, no Kazakh agency and no unknown name', (words, id) => {
    expect(onlyCiting(file, words)?.actors).toContain(id);
  });

  it('“enkele honderden kilo’s explosieven” counts no people, and tells Monday’s explosions', () => {
    const explosives = onlyCiting(file, 'enkele honderden kilo');
    expect(explosives?.figures).toEqual([]);
    expect(explosives).toBe(titled('Explosions near Bornholm'));
  });

  it('“Putin spoke on Thursday of an act of international terrorism” calls for no operation', () => {
    expect(onlyCiting(file, 'Putin spoke on Thursday')?.title).toBe('Vladimir Putin makes a statement');
  });

  it.each([
    'Lees ook',
    'Mehr zum Thema',
    'Deel dit artikel',
    'Share this article',
    'cookies',
    'Reporting by',
    'Our Standards',
    'automatically translated',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it.each([
    ['nl_nos_0926', '2022-09-26', false],
    ['de_tagesschau_0928', '2022-09-28', false],
    ['en_mt_0929', '2022-09-29', false],
    ['nl_volkskrant_09', '2022-09-30', true],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });
});
