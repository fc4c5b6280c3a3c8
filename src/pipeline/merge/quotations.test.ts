/**
 * A sentence that opens with a quotation and names its speaker after it is cited in the statement
 * (or the deed its paragraph tells) its speaker made that day; on its own it is a statement only of
 * a listed speaker on a day the text gives, and in a resident's or seismologist's mouth no event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

type Case = [
  name: string,
  lang: string,
  date: string,
  before: string,
  quote: string,
  citedWithBefore: boolean,
];

const CASES: Case[] = [
  [
    'Pashinian\'s "ethnic cleansing" is cited in his statement of Thursday',
    'en',
    '2023-09-28',
    'Prime minister Nikol Pashinian said on Thursday at the session of the government that in the coming days there will be no Armenians left in Nagorno-Karabakh.',
    '"This is a direct act of ethnic cleansing," Pashinian said.',
    true,
  ],
  [
    'Putin\'s "zei hij" is cited in what he said that evening',
    'nl',
    '2014-07-17',
    'De Russische president Poetin zei vanavond dat Oekraïne verantwoordelijk is.',
    '"Deze tragedie zou niet zijn gebeurd als er vrede was geweest in dat land", zei hij.',
    true,
  ],
  [
    'Rutte\'s "sagte er" is cited in his call for an inquiry',
    'de',
    '2014-07-18',
    'Der niederländische Ministerpräsident Mark Rutte forderte am Donnerstag eine unabhängige internationale Untersuchung.',
    '"Wenn sich herausstellt, dass das Flugzeug abgeschossen wurde, werde ich nicht ruhen, bis die Täter vor Gericht stehen", sagte er.',
    true,
  ],
  [
    'a seismologist quoted after the blasts makes no statement of his own',
    'en',
    '2022-09-27',
    'The Swedish National Seismic Network recorded a first blast of magnitude 2.1 at 2:03 a.m. on Monday south-east of Bornholm.',
    '"There is no doubt that these were explosions," seismologist Bjorn Lund said.',
    false,
  ],
  [
    'a resident quoted makes no statement',
    'en',
    '2023-02-04',
    'A freight train derailed in East Palestine, Ohio, on Friday night.',
    '"It looked like the whole town was on fire," said Kathy Dyke, who lives a few blocks from the rail line.',
    false,
  ],
  [
    "the chancellor's words at the scene are cited in his visit, which his paragraph tells",
    'de',
    '2024-12-21',
    'Bundeskanzler Olaf Scholz besuchte am Samstag den Tatort und legte Blumen nieder.',
    '"Was für eine furchtbare Tat", sagte Scholz.',
    true,
  ],
];

/** A listed speaker's words on the day the text gives, with no statement of theirs to join, in a paragraph of their own. */
const STANDING: [before: string, quote: string, title: string][] = [
  [
    'The World Health Organization declared mpox a public health emergency of international concern on Wednesday, its highest form of alarm, after an outbreak in the Democratic Republic of Congo spread to neighbouring countries.',
    '"The emergence of a new clade of mpox, its rapid spread in eastern DRC, and the reporting of cases in several neighbouring countries are very worrying," WHO Director-General Tedros Adhanom Ghebreyesus said.',
    '2024-08-14 Tedros Adhanom Ghebreyesus makes a statement',
  ],
];

/** What the speech was about is told by its report, not renamed by the words quoted from it. */
const TITLED: [before: string, quote: string, title: string][] = [
  [
    'In a televised address on Friday, Tokayev said Almaty had been attacked by 20,000 bandits.',
    '"What negotiations can there be with criminals and murderers?" he said in a televised speech.',
    'Kassym-Jomart Tokayev gives a televised address',
  ],
];

const article = (lang: string, date: string, text: string) => ({
  [`${lang}_quote.txt`]: ` date ${date} Report\n\n${text}\n`,
});

const files = new Map<string, EventFile>();
beforeAll(async () => {
  for (const [name, lang, date, before, quote] of CASES)
    files.set(name, await eventFileOf(article(lang, date, `${before} ${quote}`)));
  for (const [before, quote] of STANDING)
    files.set(quote, await eventFileOf(article('en', '2024-08-14', `${before}\n\n${quote}`)));
  for (const [before, quote] of TITLED)
    files.set(quote, await eventFileOf(article('en', '2022-01-08', `${before} ${quote}`)));
}, 120_000);

describe('a quotation that opens its sentence', () => {
  it.each(CASES)('%s', (name, _lang, _date, before, quote, citedWithBefore) => {
    const file = files.get(name) as EventFile;
    const citing = eventsFrom(file, quote).map((e) => e.id);
    expect(citing).toEqual(citedWithBefore ? eventsFrom(file, before).map((e) => e.id) : []);
    if (citedWithBefore) expect(citing).toHaveLength(1);
  });
});

describe('the statement a quotation joins', () => {
  it.each(TITLED)('“%s” keeps its title beside “%s”', (_before, quote, title) => {
    const file = files.get(quote) as EventFile;
    expect(eventsFrom(file, quote).map((e) => `${e.when.start} ${e.title}`)).toEqual([`2022-01-07 ${title}`]);
  });
});

describe('a quotation with nothing of its speaker to join', () => {
  it.each(STANDING)('“%s” is followed by “%s”: %s', (_before, quote, event) => {
    const file = files.get(quote) as EventFile;
    expect(eventsFrom(file, quote).map((e) => `${e.when.start} ${e.title}`)).toEqual([event]);
  });
});
