/**
 * Volkswagen's crisis of autumn 2024, told by five outlets in en, nl and de: plant closures
 * announced by the works council on 28 October, warning strikes on 2 December, and the agreement
 * of Friday 20 December to cut 35,000 jobs "by 2030" without closing plants; a machine
 * translation misspells the works council's chief, whom no data file lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('volkswagen-cuts');
}, 60_000);

describe("Volkswagen's cuts as five outlets told them", () => {
  it('the agreement of Friday evening is one event in the three languages ("auf einen Tarifabschluss geeinigt")', () => {
    const deal = mostTold(file, 'Volkswagen reaches an agreement');
    expect(deal?.when.value).toBe('2024-12-20TEV');
    expect(documentsOf(deal)).toEqual(['de_tagesschau_1220', 'en_mt_undated', 'nl_fd_12']);
  });

  it('the closures and layoffs announced on Monday 28 October are titled as the plan they were', () => {
    const plan = mostTold(file, 'Volkswagen plans to lay off tens of thousands of workers');
    expect(plan?.when.value).toBe('2024-10-28');
  });

  it('the 35,000 jobs to be cut "by 2030" are a plan dated the day it was agreed, in all three languages', () => {
    const cuts = mostTold(file, 'More than 35,000 jobs to be cut');
    expect(cuts?.when.start.slice(0, 10)).toBe('2024-12-20');
    expect(documentsOf(cuts)).toEqual(['de_tagesschau_1220', 'en_mt_undated', 'nl_fd_12']);
  });

  it('the warning strikes of Monday 2 December join the later reports of them, and the union called them', () => {
    const strikes = file.events.find((e) => e.kind === 'strike' || /strike in/.test(e.title));
    expect(strikes?.when.start.slice(0, 10)).toBe('2024-12-02');
    expect(documentsOf(strikes)).toEqual(['en_mt_undated', 'nl_fd_12', 'nl_nos_1202']);
    expect(mostTold(file, 'IG Metall calls for a strike')?.when.value).toBe('2024-12-02');
    expect(mostTold(file, 'IG Metall calls for a strike')?.places).toEqual(['wolfsburg', 'zwickau-de']);
  });

  it('the translation\'s "Daniela Cavalli" is the wire report\'s Daniela Cavallo, whom no data file lists', () => {
    expect(file.actors.filter((a) => /cavall/.test(a.id)).map((a) => a.name)).toEqual(['Daniela Cavallo']);
    expect(file.events.some((e) => e.title.includes('Cavalli'))).toBe(false);
  });
});
