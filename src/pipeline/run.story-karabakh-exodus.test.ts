/**
 * Azerbaijan's offensive in Nagorno-Karabakh of Tuesday 19 September 2023, the ceasefire of the
 * next day and the exodus of the region's Armenians that followed, told by five outlets in en, nl
 * and de: a wire story, a Dutch report with site boilerplate, a German one, a translation from the
 * Russian that garbles Samvel Shahramanyan's given name, and an undated German summary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('karabakh-exodus');
}, 60_000);

describe('the fall of Nagorno-Karabakh as five outlets told it', () => {
  it('the offensive of Tuesday is one event of the wire, the German reports and the undated summary', () => {
    const offensive = mostTold(file, 'Azerbaijan launches an offensive');
    expect(offensive?.when.value).toBe('2023-09-19');
    expect(documentsOf(offensive)).toEqual(['de_spiegel_undated', 'de_tagesschau_0926', 'en_reuters_0920']);
    expect(offensive?.places).toContain('nagorno-karabakh');
  });

  it('the shelling of Stepanakert, "which Azerbaijan calls Khankendi", is placed in the city', () => {
    const shelling = mostTold(file, 'Azerbaijan strikes Stepanakert');
    expect(shelling?.when.value).toBe('2023-09-19');
    expect(shelling?.places).toContain('stepanakert');
  });

  it('the ceasefire of Wednesday cites the Dutch "legden de wapens neer" with the wire and the German "Waffenruhe"', () => {
    const ceasefire = mostTold(file, 'Ceasefire agreed in Nagorno-Karabakh');
    expect(ceasefire?.when.value).toBe('2023-09-20');
    expect(documentsOf(ceasefire)).toEqual(['de_tagesschau_0926', 'en_reuters_0920', 'nl_nos_0922']);
    expect(ceasefire?.sources.map((s) => s.sentence)).toContain(
      'Woensdag legden de Karabach-Armeniërs de wapens neer, een dag na het begin van het Azerbeidzjaanse offensief.',
    );
    // Pashinyan saying Armenia "had not been involved in drafting the ceasefire" agreed none in Armenia.
    expect(file.events.filter((e) => e.kind === 'ceasefire')).toHaveLength(1);
  });

  it('the five peacekeepers killed on Wednesday are one toll of the wire and the Dutch report', () => {
    const peacekeepers = mostTold(file, '5 troops killed');
    expect(peacekeepers?.when.value).toBe('2023-09-20');
    expect(documentsOf(peacekeepers)).toEqual(['en_reuters_0920', 'nl_nos_0922']);
  });

  it('the talks in Yevlakh on Thursday, announced by the wire and told by the Dutch report, are one', () => {
    const talks = file.events.find((e) => e.kind === 'talks' && e.places.includes('yevlakh'));
    expect(talks?.when.value).toBe('2023-09-21');
    expect(documentsOf(talks)).toEqual(['en_reuters_0920', 'nl_nos_0922']);
  });

  it('the protests in Yerevan and the 140 arrested there "gisteren" are dated and placed', () => {
    const protest = mostTold(file, 'Thousands of protesters protest in Yerevan');
    expect(protest?.when.value).toBe('2023-09-19TEV');
    const arrests = mostTold(file, 'About 140 protesters arrested');
    expect(arrests?.when.value).toBe('2023-09-21');
    expect(arrests?.places).toEqual(['yerevan']);
  });

  it('the exodus through the Lachin corridor is one event from Sunday 24 September, in three reports', () => {
    const exodus = file.events.filter((e) => e.kind === 'exodus');
    expect(exodus).toHaveLength(1);
    expect(exodus[0]?.title).toMatch(/ people flee Nagorno-Karabakh$/);
    expect(exodus[0]?.when.value).toBe('2023-09-24');
    expect(documentsOf(exodus[0])).toEqual(['de_spiegel_undated', 'de_tagesschau_0926', 'en_mt_0928']);
    expect(exodus[0]?.places).toContain('lachin');
    // 28,000 on the 26th, 65,036 on the 28th, 100,400 by the Saturday after: counted on, not disputed.
    expect(exodus[0]?.conflicts.map((c) => c.field)).not.toContain('figures.people');
  });

  it('the toll of 170 of the fuel depot near Stepanakert is dated to that Monday evening', () => {
    const toll = mostTold(file, '170 people killed');
    expect(toll?.when.value).toBe('2023-09-25');
    // Tagesschau's 68 "nach der Explosion" is the depot's toll its next paragraph dates to
    // "Montagabend", not the fighting's.
    expect(documentsOf(toll)).toEqual(['de_spiegel_undated', 'de_tagesschau_0926', 'en_mt_0928']);
    expect(toll?.conflicts.flatMap((c) => c.values.map((v) => v.value))).toEqual([68, 170]);
    const fighting = mostTold(file, 'At least 200 people killed');
    expect(documentsOf(fighting)).toEqual(['en_reuters_0920', 'nl_nos_0922']);
    expect(toll?.places).toEqual(['stepanakert']);
    const explosion = file.events.find((e) => e.kind === 'explosion');
    expect(explosion?.when.start.slice(0, 10)).toBe('2023-09-25');
    expect(explosion?.places).not.toContain('armenia');
  });

  it("the 290 injured the Karabakh Armenians counted are the explosion's, not the protest's in Yerevan", () => {
    const injured = mostTold(file, 'More than 290 people injured');
    expect(injured?.when.start.slice(0, 10)).toBe('2023-09-25');
    expect(documentsOf(injured)).toEqual(['de_tagesschau_0926']);
    // "der Karabach-Armenier" names the people, not the country Armenia.
    expect(injured?.places).toEqual(['nagorno-karabakh']);
    expect(documentsOf(mostTold(file, '34 people injured'))).toEqual(['en_reuters_0920']);
  });

  it('Aliyev meeting Erdogan in Nakhchivan on Monday is talks between the two, not with a place', () => {
    const talks = mostTold(file, 'Ilham Aliyev holds talks with Recep Tayyip Erdogan');
    expect(talks?.when.value).toBe('2023-09-25');
    expect(talks?.places).toEqual(['nakhchivan']);
  });

  it('Ruben Vardanyan detained on Wednesday is one arrest of the translation and the German summary', () => {
    const arrest = mostTold(file, 'Ruben Vardanyan arrested');
    expect(arrest?.when.value).toBe('2023-09-27');
    expect(documentsOf(arrest)).toEqual(['de_spiegel_undated', 'en_mt_0928']);
  });

  it('the decree dissolving the republic is one event of the translation and the German summary', () => {
    const decree = file.events.filter((e) => e.kind === 'dissolution');
    expect(decree).toHaveLength(1);
    expect(documentsOf(decree[0])).toEqual(['de_spiegel_undated', 'en_mt_0928']);
    // The translation's "Samuel Shakhramanyan" is Samvel Shahramanyan, no one else.
    expect(decree[0]?.actors).toEqual(['shahramanyan']);
    expect(decree[0]?.title).toBe('Samvel Shahramanyan decrees the dissolution of state institutions');
    expect(decree[0]?.when.start.slice(0, 7)).toBe('2023-09');
  });
});
