/**
 * Job cuts in English, Dutch and German: the layoffs kind of data/event-lexicon.json, its figures
 * counting jobs or workers, and the words it shares with dismissals, cancellations and protests.
 */
import { describe, expect, it } from 'vitest';
import {
  candidatesOf,
  candidatesOfSentence,
  day,
  kindsAndTitles,
  type MentionSpec,
  year,
} from './test-helpers.ts';

const SIEMENS: MentionSpec = ['Siemens', 'unknown'];
const PHILIPS: MentionSpec = ['Philips', 'unknown'];

describe('a report of job cuts gets the layoffs kind and a title naming who cuts how many', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Tuesday Siemens said it will cut 5,000 jobs worldwide.',
      'Siemens plans to cut 5,000 jobs',
      [SIEMENS],
    ],
    [
      'en',
      'Tuesday Siemens announced plans to slash about 5,000 jobs.',
      'Siemens plans to cut about 5,000 jobs',
      [SIEMENS],
    ],
    [
      'en',
      'Tuesday the carmaker Acme laid off 200 workers in Ohio.',
      'Acme lays off 200 workers',
      [
        ['Acme', 'unknown'],
        ['Ohio', 'place', 'ohio'],
      ],
    ],
    ['en', 'Tuesday 1,200 jobs were cut at the plant.', '1,200 jobs cut', []],
    ['nl', 'Dinsdag schrapt Philips 1.000 banen.', 'Philips cuts 1,000 jobs', [PHILIPS]],
    ['nl', 'Dinsdag maakte Philips bekend dat er 1.000 ontslagen vallen.', 'Philips cuts jobs', [PHILIPS]],
    ['nl', 'Dinsdag zijn bij Philips 1.000 werknemers ontslagen.', '1,000 workers laid off', [PHILIPS]],
    [
      'de',
      'Am Dienstag kündigte Volkswagen den Abbau von 3.000 Stellen an.',
      'Volkswagen cuts 3,000 jobs',
      [['Volkswagen', 'unknown']],
    ],
    [
      'de',
      'Dienstag will Siemens rund 3.000 Stellen streichen.',
      'Siemens plans to cut about 3,000 jobs',
      [SIEMENS],
    ],
    [
      'nl',
      'Philips zal 1.000 banen schrappen, zei het bedrijf dinsdag.',
      'Philips plans to cut 1,000 jobs',
      [PHILIPS],
    ],
    ['de', 'Bis 2030 sollen mehr als 35.000 Stellen abgebaut werden.', 'More than 35,000 jobs to be cut', []],
    [
      'en',
      'The carmaker will cut more than 35,000 jobs in Germany by 2030.',
      'More than 35,000 jobs to be cut',
      [],
    ],
    ['de', 'Am Dienstag entließ Siemens 300 Mitarbeiter.', 'Siemens lays off 300 workers', [SIEMENS]],
    [
      'de',
      'Dienstag kündigte Siemens einen Stellenabbau in Erlangen an.',
      'Siemens cuts jobs',
      [SIEMENS, ['Erlangen', 'place', 'erlangen']],
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-09-10', mentions)).toEqual([{ kind: 'layoffs', title }]);
  });

  it('counts the jobs a German report cuts', () => {
    const [cut] = candidatesOf('de', 'Dienstag will Siemens rund 3.000 Stellen streichen.', '2024-09-10', [
      SIEMENS,
    ]);
    expect(cut?.figures).toEqual([{ value: 3000, counts: 'jobs', text: 'rund 3.000', qualifier: 'about' }]);
  });
});

describe('a Dutch report of job cuts with its announcement', () => {
  it('gives the cut the jobs it cuts, though the announcing verb stands nearer the figure', () => {
    const titles = candidatesOfSentence('nl', {
      text: 'Philips schrapt dit jaar wereldwijd nog eens 6.000 banen, zo maakte het bedrijf maandag bekend.',
      times: [year('2024', 'dit jaar'), day('2024-01-29', 'maandag')],
      mentions: [PHILIPS],
    }).map((c) => c.title);
    // "nog eens" adds the 6,000 to cuts told before: no total of the company's job cuts.
    expect(titles).toContain('Philips cuts 6,000 more jobs');
  });
});

describe('words job cuts share with other kinds go to the kind the sentence reports', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    ['nl', 'Dinsdag is de minister ontslagen.', 'dismissal', []],
    ['de', 'Dienstag wurde der Minister entlassen.', 'dismissal', []],
    ['nl', 'Dinsdag werden honderd vluchten geschrapt.', 'cancellation', []],
    ['nl', 'Dinsdag werden bij Philips 500 banen geschrapt.', 'layoffs', [PHILIPS]],
    ['de', 'Dienstag wurden bei Siemens 3.000 Stellen gestrichen.', 'layoffs', [SIEMENS]],
    [
      'de',
      'Am Dienstag demonstrierten in Stuttgart etwa 2.000 Beschäftigte gegen den Stellenabbau.',
      'protest',
      [['Stuttgart', 'place', 'stuttgart']],
    ],
  ])('[%s] “%s” is a %s', (lang, text, kind, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-09-10', mentions).map((c) => c.kind)).toEqual([kind]);
  });

  it.each<[string, string, string]>([
    ['en', 'Tuesday the central bank cut interest rates to protect jobs.', 'layoffs'],
    [
      'de',
      'Am Dienstag streicht die Regierung die Zuschüsse für Elektroautos, die nach Ansicht der Industrie viele Stellen sichern.',
      'layoffs',
    ],
    ['nl', 'Dinsdag werd de directeur ontslagen nadat werknemers hadden geklaagd.', 'layoffs'],
  ])('[%s] takes “%s” for no %s: the jobs are not what is cut', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-09-10').map((c) => c.kind)).not.toContain(kind);
  });

  it('takes “could cut 5,000 jobs” for speculation, not for job cuts', () => {
    expect(
      kindsAndTitles('en', 'Tuesday analysts said Siemens could cut 5,000 jobs.', '2024-09-10', [
        SIEMENS,
      ]).map((c) => c.kind),
    ).not.toContain('layoffs');
  });

  it.each<[string, string, string]>([
    [
      'en',
      'Monday Siemens plans to close three factories and lay off tens of thousands of workers.',
      'Siemens plans to lay off tens of thousands of workers',
    ],
    ['de', 'Montag beabsichtigt Siemens, 10.000 Stellen abzubauen.', 'Siemens plans to cut 10,000 jobs'],
    [
      'nl',
      'Maandag maakte Siemens bekend dat het van plan is 4000 banen te schrappen.',
      'Siemens plans to cut 4,000 jobs',
    ],
  ])('[%s] “%s” is a plan, titled “%s”', (lang, text, title) => {
    const mentions = [SIEMENS];
    expect(kindsAndTitles(lang, text, '2024-09-10', mentions).find((c) => c.kind === 'layoffs')?.title).toBe(
      title,
    );
  });
});
