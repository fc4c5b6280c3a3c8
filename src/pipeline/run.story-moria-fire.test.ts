/**
 * The fires that destroyed the Moria refugee camp on Lesbos in the night of Tuesday 8 to Wednesday
 * 9 September 2020, told by five files in en, nl and de: a Reuters report of the Wednesday with its
 * date line glued to the headline, a NOS report of the Thursday on the second fire, an undated
 * Spiegel report of the Friday on ten EU states taking 400 minors, a machine translation of a
 * tagesschau.de piece dated only "2020-09" that is "exactly one week after the fire" (the arrests
 * of young Afghans, Germany taking 1,553 people), and an NRC report of Saturday 19 September on the
 * move to the new Kara Tepe camp. The first fire broke out "shortly before midnight on Tuesday"
 * or "gegen 1 Uhr"; a second one followed "gisteravond" / "In der Nacht zu Donnerstag".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('moria-fire');
}, 60_000);

const REUTERS = '01_reuters_moria-destroyed';
const NOS = '02_nos_tweede-brand';
const SPIEGEL = '03_spiegel_eu-minderjaehrige';
const MT = '04_euronewsdaily_arrests-mt';
const NRC = '05_nrc_kara-tepe';

const citing = (words: string) => allCiting(file, words);

describe('the Moria fires as five files told them', () => {
  it.each<[string, string, boolean]>([
    [REUTERS, '2020-09-09', false],
    [NOS, '2020-09-10', false],
    // "am Freitag", after "in der Nacht zu Mittwoch", "In der Nacht zu Donnerstag", "am Donnerstag".
    [SPIEGEL, '2020-09-11', true],
    [NRC, '2020-09-19', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    const doc = file.documents.find((d) => d.id === id);
    expect(doc?.published).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it('the month-only translation, “exactly one week after the fire”, is read in the week after it, not on the first Saturday', () => {
    const doc = file.documents.find((d) => d.id === MT);
    expect(doc?.published).toMatchObject({ precision: 'day', inferred: true });
    // The reader's day is Wednesday the 16th; the Tuesday the week counts to is a day short of it.
    expect(['2020-09-15', '2020-09-16']).toContain(doc?.published.date);
  });

  it.each<[string, string, string]>([
    [
      'Broekers-Knol’s refusal “gisteravond”',
      'Staatssecretaris Broekers-Knol (Asiel) zei gisteravond',
      '2020-09-09',
    ],
    ['the “Wir haben Platz” demonstrations', 'Am Mittwochabend hatten in Berlin, Hamburg', '2020-09-09'],
    ['the second fire “gisteravond”', 'is gisteravond opnieuw brand uitgebroken', '2020-09-09'],
    [
      'Seehofer’s announcement “am Freitag”',
      'Das teilte Bundesinnenminister Horst Seehofer (CSU) am Freitag',
      '2020-09-11',
    ],
    ['the tear gas “On Saturday”', 'On Saturday the police used tear gas', '2020-09-12'],
    [
      'the arrests Mitarachi made known “dinsdag”',
      'Minister van Migratie Notis Mitarachi maakte dinsdag bekend',
      '2020-09-15',
    ],
    [
      'the translation’s arrests, confirmed “on Tuesday evening”',
      'the police has arrested five young men from Afghanistan',
      '2020-09-15',
    ],
    ['Berlin’s agreement “on Tuesday”', 'the Federal Government has agreed on Tuesday', '2020-09-15'],
    [
      'von der Leyen’s State of the Union “woensdag”',
      'noemde Moria woensdag in haar eerste State of the Union',
      '2020-09-16',
    ],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the lockdown after the first coronavirus case, “confirmed on Wednesday last week” in a Wednesday’s report, is of 2 September, not the fire’s day', () => {
    const told = citing('was confirmed on Wednesday last week');
    expect(told.map((e) => e.kind)).toContain('lockdown');
    expect(told.map((e) => e.when.start)).toEqual(told.map(() => '2020-09-02'));
  });

  it('the Dutch cabinet’s compromise “Afgelopen woensdag” is an agreement of 16 September, its fifty and fifty parts of the hundred', () => {
    const deal = onlyCiting(file, 'Afgelopen woensdag bereikte het kabinet na dagen overleg een compromis');
    expect(deal?.kind).toBe('agreement');
    expect(deal?.when.start).toBe('2020-09-16');
    expect(deal?.conflicts).toEqual([]);
  });

  it('the Reuters lede and “shortly before midnight on Tuesday” are one fire on Lesbos, on the Tuesday night', () => {
    const fire = onlyCiting(file, 'Fires tore through Greece');
    expect(fire?.kind).toBe('fire');
    expect(fire?.when.value).toBe('2020-09-08T23:59');
    expect(fire?.places).toContain('lesbos');
    expect(fire?.sources.map((s) => s.sentence).join(' | ')).toContain(
      'The blaze broke out shortly before midnight on Tuesday',
    );
  });

  it('the Spiegel’s camp “in der Nacht zu Mittwoch … niedergebrannt” is a fire “gegen 1 Uhr” on the Wednesday', () => {
    const fire = onlyCiting(file, 'Das Lager war in der Nacht zu Mittwoch fast vollständig niedergebrannt');
    expect(fire?.kind).toBe('fire');
    expect(fire?.when.value).toBe('2020-09-09T01:00');
    expect(documentsOf(fire)).toEqual([SPIEGEL]);
  });

  it('“In der Nacht zu Donnerstag brannte es erneut” is a fire of the night after', () => {
    const fire = onlyCiting(file, 'In der Nacht zu Donnerstag brannte es erneut');
    expect(fire?.kind).toBe('fire');
    expect(fire?.when.value).toBe('2020-09-09TNI');
  });

  it('the NOS’s second fire is in Moria on Lesbos', () => {
    expect(onlyCiting(file, 'is gisteravond opnieuw brand uitgebroken')?.places).toEqual(
      expect.arrayContaining(['moria-lesbos', 'lesbos']),
    );
  });

  it('Broekers-Knol’s refusal, told by the NOS and recalled by the NRC, is one statement of hers', () => {
    const refusal = onlyCiting(file, 'Staatssecretaris Broekers-Knol (Asiel) zei gisteravond');
    expect(documentsOf(refusal)).toEqual([NOS, NRC]);
    expect(refusal?.actors).toContain('ankie-broekers-knol');
  });

  it.each<[string, string, string]>([
    [
      'the translation’s “Konstantinos Mitsotakis” is the prime minister Kyriakos',
      'The Greek Prime Minister Konstantinos Mitsotakis welcomed',
      'mitsotakis',
    ],
    [
      'the NRC’s minister is Notis Mitarachi',
      'Minister van Migratie Notis Mitarachi maakte dinsdag bekend',
      'notis-mitarachi',
    ],
    ['the spokesman is Stelios Petsas', 'Government spokesman Stelios Petsas said', 'stelios-petsas'],
    ['the mayor of Mytilene is Stratis Kytelis', 'Stratis Kytelis, the mayor of Mytilene', 'stratis-kytelis'],
    [
      'the interior minister is Horst Seehofer',
      'Das teilte Bundesinnenminister Horst Seehofer',
      'horst-seehofer',
    ],
  ])('%s', (_, words, actor) => {
    expect(onlyCiting(file, words)?.actors).toContain(actor);
  });

  it.each<[string, string, string]>([
    ['the translation’s “Mytilini” is Mytilene', 'The mayor of Mytilini, Stratis Kytelis', 'mytilene'],
    [
      'the state of emergency is on Lesbos',
      'the cabinet had declared a four-month state of emergency on Lesbos',
      'lesbos',
    ],
    ['the demonstrations are in Berlin', 'Am Mittwochabend hatten in Berlin, Hamburg', 'berlin'],
  ])('%s', (_, words, place) => {
    expect(onlyCiting(file, words)?.places).toContain(place);
  });

  it('a road the police cordoned off (“de weg naar Mytilini afgezet”) is no coup', () => {
    expect(citing('De politie heeft de weg naar Mytilini afgezet').map((e) => e.kind)).not.toContain('coup');
  });

  it.each([
    'NOS gebruikt cookies',
    'Deel dit artikel',
    '© NOS 2020',
    'Lees ook',
    'Mehr zum Thema',
    'You may also like',
    'Leave a Reply',
    'Back To Top',
    '© 2020 EuroNewsDaily',
    'Reporting by',
    'NRC Handelsblad van zaterdag',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });
});
