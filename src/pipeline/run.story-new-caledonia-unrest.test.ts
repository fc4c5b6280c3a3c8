/**
 * The unrest in New Caledonia, May 2024, told by seven outlets in en, nl and de: the outbreak on a
 * Monday, the state of emergency declared and, two weeks later, lifted; Dutch separable verbs
 * ("heft … op"), a German "könne" and "elected officials" that report nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('new-caledonia-unrest');
}, 60_000);

describe('the New Caledonia unrest as seven outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['France declares a state of emergency in New Caledonia', '2024-05-15', ['en_reuters_0515']],
    ['Hundreds of people evacuated from New Caledonia', '2024-05-21', ['en_ap_0521']],
    ['Emmanuel Macron arrives in New Caledonia', '2024-05-23', ['de_dpa_undated']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the unrest breaking out on Monday 13 May is one event, told in English, Dutch and German', () => {
    const outbreak = onlyCiting(file, 'Violence broke out on Monday');
    expect(outbreak?.when.start).toBe('2024-05-13');
    expect(documentsOf(outbreak)).toEqual(['de_tagesschau_0519', 'en_reuters_0515', 'nl_nos_0516']);
  });

  it('“heft de noodtoestand op” lifts the state of emergency and declares none', () => {
    const lifted = onlyCiting(file, 'heft de noodtoestand');
    expect(lifted?.title).toBe('France lifts the state of emergency in New Caledonia');
    const declared = file.events.filter((e) => e.title.includes('declare'));
    expect(declared.flatMap((e) => e.sources.map((s) => s.sentence)).join(' | ')).not.toContain('heft');
  });

  it('the month-only NRC report of seven dead is read after the last report that counted six, of Tuesday 21 May', () => {
    const nrc = file.documents.find((d) => d.id === 'nl_nrc_05');
    expect(nrc?.published).toMatchObject({ date: '2024-05-22', precision: 'day', inferred: true });
    expect(nrc?.published.reason).toContain('7 people killed, more than the 6 of en_ap_0521');
    // Its "dinsdagochtend" is then Tuesday 28 May, not 21 May, when the reports still told of the emergency.
    expect(onlyCiting(file, 'dinsdagochtend lokale tijd beëindigd')?.when.start.slice(0, 10)).toBe(
      '2024-05-28',
    );
  });

  it('“…, sagte er.” is Macron’s, whom the sentences before named', () => {
    expect(onlyCiting(file, 'so lange wie nötig bleiben, sagte er')?.title).toBe(
      'Emmanuel Macron makes a statement',
    );
  });

  it('Macron’s promise “toen”, on the visit of the week before, is not his call for calm of Monday 13 May', () => {
    const promise = onlyCiting(file, 'Hij beloofde toen');
    expect(promise?.title).toBe('Emmanuel Macron makes a statement');
    expect(promise?.when.precision).toBe('week');
    expect(documentsOf(promise)).toEqual(['nl_nrc_05']);
    expect(documentsOf(onlyCiting(file, 'riep alle partijen op tot kalmte'))).toEqual(['nl_nos_0516']);
  });

  it('a lifting that only “könne” happen, and officials who were elected, are no events', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence)).join(' | ');
    expect(cited).not.toContain('könne aufgehoben');
    expect(file.events.map((e) => e.title)).not.toContain('Emmanuel Macron elected');
  });
});
