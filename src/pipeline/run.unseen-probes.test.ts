/**
 * Unseen articles of kinds the stories lack (a Q&A explainer, a Dutch storm follow-up, a German
 * flood report) and one story sentence that counts bodies recovered, through the
 * whole pipeline with the real data files: what a reader of each expects to find dated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEvent, EventFile } from '../schema/events.ts';
import { runStory, runUnseen } from './story-fixtures.ts';

let events: ChronologyEvent[];
let mh17: EventFile;
beforeAll(async () => {
  events = await runUnseen();
  mh17 = await runStory('mh17-downing');
}, 60_000);

const citing = (document: string, opening: string) =>
  events.filter((e) => e.sources.some((s) => s.document === document && s.sentence.startsWith(opening)));
const conflictValues = (e: ChronologyEvent, field: string) =>
  e.conflicts.filter((c) => c.field === field).flatMap((c) => c.values.map((v) => v.value));

describe('a Q&A explainer', () => {
  it('dates Tokayev taking over the Security Council to the Wednesday it names', () => {
    const over = citing('en_explainer', 'Nazarbayev, 81, kept the powerful post');
    expect(over.map((e) => [e.when.start, e.actors.includes('tokayev')])).toEqual([['2022-01-05', true]]);
  });

  it('dates the address Tokayev is expected to give no day before the Friday it names', () => {
    const address = citing('en_explainer', 'Mr Tokayev is expected to address');
    expect(address.filter((e) => e.when.start < '2022-01-07')).toEqual([]);
  });
});

describe('a Dutch storm follow-up', () => {
  it('dates the man killed by a falling tree to the storm of 2 January, not the night a road closed again', () => {
    const death = citing('nl_ad', 'In Amsterdam kwam een man om het leven');
    expect(death.map((e) => e.when.start)).toEqual(['2024-01-02']);
  });

  it('keeps a second named storm apart from storm Henk', () => {
    const isha = citing('nl_ad', 'Half januari volgde een tweede storm');
    const henk = citing('nl_ad', 'Storm Henk heeft begin deze maand');
    expect(isha.filter((e) => henk.includes(e))).toEqual([]);
  });
});

describe('a German flood report', () => {
  it('counts 103 dead as the total, with the district’s and the state’s shares and the earlier 19 no disagreement', () => {
    const toll = citing('de_zeit', 'Nach den verheerenden Unwettern');
    expect(toll.map((e) => e.title)).toEqual(['At least 103 people killed']);
    expect(toll.flatMap((e) => conflictValues(e, 'figures.people killed'))).toEqual([]);
  });

  it('dates the president’s visit to the Saturday ahead, and the landslide it recalls before publication', () => {
    const visit = citing('de_zeit', 'Bundespräsident Frank-Walter Steinmeier besucht');
    expect(visit.filter((e) => e.when.start === '2021-07-17').map((e) => e.title)).toEqual([
      'Frank-Walter Steinmeier visits',
    ]);
    expect(visit.filter((e) => e.when.start > '2021-07-16' && e.when.start !== '2021-07-17')).toEqual([]);
    expect(visit.filter((e) => e.title === 'Disaster').map((e) => e.when.precision)).not.toContain('day');
  });

  it('titles the weather service’s warning a week before as a warning, not as heavy rain', () => {
    const warned = citing('de_zeit', 'Vor einer Woche hatte der Deutsche Wetterdienst');
    expect(warned.map((e) => [e.title, e.when.start])).toEqual([
      [expect.stringMatching(/[Ww]arning/), '2021-07-09'],
    ]);
  });
});

describe('bodies recovered at a crash site', () => {
  it('are no toll: the 298 killed keep the day of the downing and no 180 disagrees with them', () => {
    const toll = mh17.events.filter((e) => e.title === '298 people killed');
    expect(toll.flatMap((e) => conflictValues(e, 'figures.people killed'))).toEqual([]);
    expect(toll.map((e) => e.when.start)).not.toContain('2014-07-18');
  });
});
