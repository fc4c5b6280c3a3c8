/**
 * Catalonia's independence referendum of Sunday 1 October 2017 and the month around it, told by
 * five files in en, nl and de: a Reuters report of the Guardia Civil's raids on Wednesday 20
 * September (its date glued to the headline), an undated NOS report of the day after the vote
 * ("Een dag na het … referendum van zondag 1 oktober"), a Spiegel report of the King's address on
 * Tuesday 3 October, a machine translation of a Tagesschau report dated only "2017-10" (Puigdemont's
 * suspended declaration of the 10th, Rajoy's demand of the 11th; it garbles "Puigdemond" and
 * "Jordi Cruyff"), and an AP timeline of 17 October. The raid's arrests are 14 in two files and 12
 * in the NOS's; the NOS's "voor morgen, dinsdag" strike is the general strike of the 3rd; the
 * judge jailed the two Jordis "Late Monday", the 16th, over "the Sept. 20 protests".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('catalan-referendum');
}, 60_000);

const REUTERS = '01_reuters_raids';
const NOS = '02_nos_dag-na-referendum';
const SPIEGEL = '03_spiegel_koenigsrede';
const MT = '04_newseuropetoday_tagesschau-mt_declaration';
const AP = '05_ap_month-of-crisis';

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);

describe('the Catalan referendum as five files told it', () => {
  it.each<[string, string, boolean]>([
    [REUTERS, '2017-09-20', false],
    // "Een dag na het omstreden onafhankelijkheidsreferendum van zondag 1 oktober".
    [NOS, '2017-10-02', true],
    [SPIEGEL, '2017-10-03', false],
    [AP, '2017-10-17', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it('the machine translation, which gives only its month, gets a day of October 2017, inferred', () => {
    const published = publishedOf(file, MT);
    expect(published).toMatchObject({ precision: 'day', inferred: true });
    expect(published?.date.slice(0, 7)).toBe('2017-10');
  });

  it.each<[string, string, string[]]>([
    ['Parliament passes the law', '2017-09-06', [AP]],
    ['Raid in Catalonia', '2017-09-20', [NOS, AP]],
    ['Mariano Rajoy gives a televised address', '2017-10-01', [NOS, AP]],
    ['King Felipe VI gives a televised address', '2017-10-03', [SPIEGEL, AP]],
    ['Suspect remanded in custody', '2017-10-16', [AP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the raids’ arrests are one happening of 20 September, counted 12 by the NOS and 14 by AP', () => {
    const arrests = citing('werden twaalf mensen opgepakt').find((e) => e.kind === 'arrest');
    expect(arrests?.when.start).toBe('2017-09-20');
    expect(documentsOf(arrests)).toEqual([NOS, AP]);
    const counts = arrests?.conflicts
      .find((c) => c.field === 'figures.people arrested')
      ?.values.map((v) => v.value)
      .sort();
    expect(counts).toEqual([12, 14]);
  });

  it.each<[string, string, string]>([
    ['Puigdemont’s televised address', '2017-09-20', 'he said in a televised address on Wednesday afternoon'],
    ['Ada Colau’s “democratic scandal”', '2017-09-20', 'described the arrests as "a democratic scandal"'],
    ['Puigdemont’s “gisteravond” on the evening of the vote', '2017-10-01', 'Puigdemont zei gisteravond'],
    [
      'Puigdemont’s call for European mediation “vanmiddag”',
      '2017-10-02',
      'riep vanmiddag de Europese Unie op',
    ],
    ['the Commission’s word “am Montag”', '2017-10-02', 'Die EU-Kommission hatte am Montag erklärt'],
    [
      'Seibert’s word “am selben Tag”',
      '2017-10-02',
      'Regierungssprecher Steffen Seibert sagte am selben Tag',
    ],
    [
      'Schinas’s word in Brussels, the day the NOS wrote',
      '2017-10-02',
      'Woordvoerder Margaritis Schinas zei in Brussel',
    ],
    ['the banks’ moves of “OCT. 5-6”', '2017-10-05', 'Banco Sabadell decided to move its legal headquarters'],
    [
      'the unionist march of “OCT. 8”',
      '2017-10-08',
      'Hundreds of thousands rallied in Barcelona for Spanish unity',
    ],
    [
      'Puigdemont’s speech of “OCT. 10”',
      '2017-10-10',
      'In a speech to the regional parliament that began shortly after 7 p.m.',
    ],
    ['Rajoy’s demand of “OCT. 11”', '2017-10-11', 'Rajoy formally asked Puigdemont to clarify'],
    ['Sáenz de Santamaría’s word on the letter', '2017-10-16', 'said the letter did not answer the question'],
  ])('%s is dated %s', (_, day, words) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('every event that cites Reuters’s arrests “on Wednesday” is of Wednesday 20 September', () => {
    const told = citing('Spanish police arrested 14 senior Catalan officials');
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((e) => e.when.start.slice(0, 10))).toEqual(told.map(() => '2017-09-20'));
  });

  it('the strike the NOS announces “voor morgen, dinsdag” is the general strike of Tuesday 3 October', () => {
    const strike = onlyCiting(file, 'een algemene staking uitgeroepen');
    expect(strike?.when.start).toBe('2017-10-03');
    expect(documentsOf(strike)).toEqual([NOS, AP]);
  });

  it('the judge jailed the two Jordis “Late Monday”, not on the day of “the Sept. 20 protests”', () => {
    const jailed = titled('Suspect remanded in custody');
    expect(jailed?.actors).toEqual(
      expect.arrayContaining(['name:carmen-lamela', 'name:jordi-sanchez', 'name:jordi-cuixart']),
    );
  });

  it('the translation’s “Puigdemond” is Carles Puigdemont', () => {
    expect(onlyCiting(file, 'demanded today at midday from Puigdemond')?.actors).toContain(
      'name:carles-puigdemont',
    );
  });

  it.each([
    'This website uses cookies',
    'You may also like',
    'Sabadell bank moves seat to Alicante',
    'The King Philip VI speaks to the nation',
    'Leave a Reply',
    'Back To Top',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });
});
