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
    // Its "maandagavond" told as past and its "dinsdagochtend" as ahead are a day apart: Monday 27 May.
    expect(nrc?.published).toMatchObject({ date: '2024-05-27', precision: 'day', inferred: true });
    expect(nrc?.published.reason).toContain('7 people killed, more than the 6 of en_ap_0521');
    // Its "dinsdagochtend" is then Tuesday 28 May, not 21 May, when the reports still told of the emergency.
    expect(onlyCiting(file, 'dinsdagochtend lokale tijd beëindigd')?.when.start.slice(0, 10)).toBe(
      '2024-05-28',
    );
  });

  it('“heft de noodtoestand op” and “wordt dinsdagochtend … beëindigd” are one lifting, on Tuesday 28 May', () => {
    const lifted = onlyCiting(file, 'heft de noodtoestand');
    expect(lifted?.when.start.slice(0, 10)).toBe('2024-05-28');
    expect(lifted?.sources.map((s) => s.sentence).join(' | ')).toContain(
      'dinsdagochtend lokale tijd beëindigd',
    );
  });

  it('the translation’s “Minister of the Interior Gérard Depardieu” is Gérald Darmanin, as the other reports name him', () => {
    const said = onlyCiting(file, 'Minister of the Interior Gérard Depardieu');
    expect(said?.title).toBe('Gérald Darmanin makes a statement');
    expect(said?.actors).toContain('darmanin');
    expect(said?.sources[0]?.mentions?.map((m) => m.text)).toContain('Gérard Depardieu');
  });

  it('the 1,000 officers sent are one reinforcement with NOS’ “duizend extra agenten”, no count of the arrested', () => {
    const sent = onlyCiting(file, 'Frankrijk stuurt duizend extra agenten');
    expect(sent?.kind).toBe('troops');
    expect(documentsOf(sent)).toEqual(['en_reuters_0515', 'nl_nos_0516']);
    expect(sent?.when.start.slice(0, 10)).not.toBe('2024-05-13');
    const arrested = file.events.find(
      (e) => e.kind === 'arrest' && documentsOf(e).includes('en_reuters_0515'),
    );
    expect(arrested?.figures.map((f) => f.value)).not.toContain(1000);
  });

  it('Penny Wong’s two flights with 108 passengers are the evacuation, not a statement of hers', () => {
    const flights = onlyCiting(file, 'Two Australian government flights took off');
    expect(flights?.title).toBe('Hundreds of people evacuated from New Caledonia');
    expect(flights?.sources.map((s) => s.sentence).join(' | ')).toContain(
      'evacuate hundreds of stranded tourists',
    );
  });

  it('an airport that stays closed and a curfew that stays in force are no new closure or curfew', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence)).join(' | ');
    expect(cited).not.toContain('blijft voorlopig dicht');
    expect(cited).not.toContain('blijft wel van kracht');
    expect(cited).not.toContain('bleibt geschlossen');
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
