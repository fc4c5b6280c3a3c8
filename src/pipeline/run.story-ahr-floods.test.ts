/**
 * The floods in western Germany, Belgium and Dutch Limburg of July 2021, told by five outlets in
 * en, nl and de from the day after to a month on: the Ahr that swept houses away in Schuld on the
 * night of 14 July, Valkenburg under water, the houses that fell into the gravel pit of
 * Erftstadt-Blessem, the Bundeswehr's disaster alarm, the rain in the Eifel and in South Limburg before, Laschet's apology for laughing in Erftstadt,
 * Merkel's visits to Schuld and Bad Münstereifel, Belgium's day of mourning, one German death toll
 * rising from 81 to 165 (more than 180 a month on), Belgium's from eleven to 31, and the inquiry into
 * the Ahrweiler district chief in a report dated only by its month. A machine translation writes
 * Laschet as "Lasched" and Schuld as "Guilt".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('ahr-floods');
}, 60_000);

describe('the Ahr floods as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Heavy rain in Eifel', '2021-07-14', ['de_tagesschau_0716']],
    ['Heavy rain in South Limburg', '2021-07-14', ['nl_nos_0715']],
    ['Rivers burst their banks in Schuld', '2021-07-14', ['de_tagesschau_0716', 'en_reuters_0718']],
    ['Floods in Valkenburg', '2021-07-15', ['nl_nos_0715']],
    ['Willem-Alexander visits Valkenburg', '2021-07-15', ['nl_nos_0715']],
    ['Disaster declared in Limburg', '2021-07-15', ['nl_nos_0715']],
    ['Collapse in Erftstadt-Blessem', '2021-07-16', ['de_tagesschau_0716', 'en_reuters_0718']],
    ['Bundeswehr declares an emergency', '2021-07-16', ['de_tagesschau_0716']],
    ['Armin Laschet apologises', '2021-07-17', ['en_mt_0720', 'en_reuters_0718']],
    ['Angela Merkel visits Schuld', '2021-07-18', ['en_reuters_0718']],
    ['Angela Merkel visits Bad Münstereifel', '2021-07-20', ['en_mt_0720']],
    ['Belgium holds a day of national mourning', '2021-07-20', ['en_mt_0720']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('one German death toll, from 81 the day after to 165 six days on, dated to the night of the floods', () => {
    const toll = onlyCiting(file, 'zeker 81 mensen omgekomen');
    expect(toll?.when.start).toBe('2021-07-14');
    expect(toll?.conflicts.length).toBeGreaterThan(0);
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    for (const told of [
      'zeker 81 mensen',
      'mindestens 133 gestiegen',
      'at least 156 people',
      'at least 165 in Germany',
    ])
      expect(sentences).toContain(told);
  });

  it('the month-only report’s German toll joins the others: 141 in the Ahrweiler district, more than 180 in Germany', () => {
    const toll = onlyCiting(file, 'zeker 81 mensen omgekomen');
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('mindestens 141 Menschen');
    expect(sentences).toContain('mehr als 180 Menschen');
    expect(sentences).not.toContain('België');
    expect(sentences).not.toContain('In Belgium');
  });

  it('the Ahrweiler district’s dead (90, 110, 117, 141) and North Rhine-Westphalia’s 43 are shares, no rivals of Germany’s toll', () => {
    const toll = onlyCiting(file, 'zeker 81 mensen omgekomen');
    const conflicts = toll?.conflicts.map((c) => c.values.map((v) => Number(v.value)).sort((a, b) => a - b));
    expect(conflicts).toContainEqual([81, 133, 156, 165, 180]);
    expect(conflicts).toContainEqual([90, 110, 117, 141]);
    expect(conflicts?.flat()).not.toContain(43);
  });

  it('the hundreds the Tagesschau says are still missing are missing on its day, 16 July', () => {
    const missing = onlyCiting(file, 'Hunderte Menschen werden noch vermisst');
    expect(missing?.when.value).toBe('2021-07-16');
  });

  it('the residents evacuated in the night are Valkenburg’s, named two sentences before', () => {
    const evacuation = onlyCiting(file, 'Honderden inwoners en toeristen');
    expect(evacuation?.places).toContain('valkenburg-aan-de-geul');
    expect(evacuation?.title).toBe('Hundreds of people evacuated from Valkenburg');
  });

  it('Belgium’s toll is one event, from eleven to 31 dead, dated before the first report of it', () => {
    const toll = onlyCiting(file, 'In België kwamen zeker elf mensen');
    expect(toll?.kind).toBe('death');
    expect(toll?.conflicts.length).toBeGreaterThan(0);
    expect(toll?.when.end).toBe('2021-07-15');
    // The NOS tells its eleven after the night of the floods: they died since that night.
    expect(toll?.when.start).toBe('2021-07-14');
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    for (const told of ['the death toll rose to 27', 'for the 31 dead of the floods', 'in Belgien 41'])
      expect(sentences).toContain(told);
    expect(toll?.figures.map((f) => f.value)).toContain(41);
  });

  it('the Dutch evacuation of Valkenburg is not the evacuation of Swisttal', () => {
    const nl = onlyCiting(file, 'Honderden inwoners en toeristen werden in de nacht geëvacueerd');
    expect(nl?.kind).toBe('evacuation');
    expect(nl?.when.start).toBe('2021-07-15');
    expect(documentsOf(nl)).toEqual(['nl_nos_0715']);
  });

  it('Germany’s missing are not Belgium’s', () => {
    const de = onlyCiting(file, 'Hunderte Menschen werden noch vermisst');
    expect(de?.kind).toBe('missing');
    expect(documentsOf(de)).toEqual(['de_tagesschau_0716']);
  });

  it.each([
    ['the floods that became a problem for Laschet', 'have become a problem'],
    ['the criticism of Laschet’s laughing', 'had been criticized after he laughed'],
  ])('no event of %s', (_, words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it('Merkel’s visit to Schuld is a visit, apart from the toll her words name', () => {
    const tolls = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('visited the devastated village of Schuld')),
    );
    expect(tolls.map((e) => e.kind).sort()).toEqual(['death', 'visit']);
  });

  it('the floods the Dutch cabinet declared a disaster are the declaration, not floods again', () => {
    expect(onlyCiting(file, 'tot ramp verklaard')?.kind).toBe('emergency');
  });

  it('the evacuation of Swisttal is told on the Thursday', () => {
    const e = mostTold(file, 'About 4,500 people evacuated from Swisttal');
    expect(e?.when.start).toBe('2021-07-15');
    expect(documentsOf(e)).toEqual(['de_tagesschau_0716']);
  });

  it('the inquiry into the district chief is his, dated before the month-only report', () => {
    const e = onlyCiting(file, 'Ermittlungsverfahren gegen den Landrat');
    expect(e?.title).toBe('Jürgen Pföhler under investigation');
    expect(e?.when.precision).toBe('before-publication');
    expect(e?.places).toContain('ahrweiler-district');
  });

  it('the translation’s “Prime Minister Armin Lasched” is Armin Laschet', () => {
    const visit = onlyCiting(file, 'together with Prime Minister Armin Lasched');
    expect(visit?.actors).toContain('armin-laschet');
    expect(file.events.flatMap((e) => e.actors).filter((a) => a.includes('lasched'))).toEqual([]);
  });

  it('the Dutch “Limburg” is not the German town Limburg an der Lahn, nor the district an actor', () => {
    const places = file.events.flatMap((e) => e.places);
    expect(places).not.toContain('limburg-an-der-lahn-de');
    expect(file.events.flatMap((e) => e.actors).filter((a) => a.includes('kreis'))).toEqual([]);
  });

  it.each([
    ['de_tagesschau_0716', '2021-07-16', 'day'],
    ['nl_nos_0715', '2021-07-15', 'day'],
    ['en_reuters_0718', '2021-07-18', 'day'],
    ['de_spiegel_08', '2021-08-01', 'month'],
  ])('the report %s is dated %s (%s)', (id, date, precision) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision });
  });

  it.each([
    'Mehr zum Thema',
    'Lees ook',
    'Cookies',
    'Share this article',
    '©',
    'Alle Rechte',
    'Reporting by',
  ])('no event cites the site boilerplate “%s”', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });
});
