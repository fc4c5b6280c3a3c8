/**
 * The storming of the US Capitol on Wednesday 6 January 2021 during the count of the electoral
 * votes, the certification of Biden's victory early on Thursday, the curfew and the National Guard,
 * the officer who died on Thursday evening, the resignations, Twitter's suspension of Trump on
 * Friday 8 January and his second impeachment on Wednesday 13 January, told by five outlets in en,
 * nl and de: an AP wire of the Thursday, a NOS report of that morning with site boilerplate, a
 * tagesschau report of the Friday, an undated translation that writes Pence "Mike Pens", and a
 * Spiegel summary of 14 January that tells its days relatively. The toll is four on Thursday and
 * five from Friday; the arrests rise from 52 to more than 100.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('capitol-attack');
}, 60_000);

describe('the attack on the US Capitol as five outlets told it', () => {
  it.each<[string, string, string]>([
    [
      'the storming “on Wednesday” of the translation',
      'stormed on Wednesday the building of the Congress',
      '2021-01-06',
    ],
    [
      'the Capitol entered “am Mittwoch”',
      'Radikale Anhänger Trumps waren am Mittwoch in das Kapitol eingedrungen',
      '2021-01-06',
    ],
    [
      'Spiegel’s storming “am vergangenen Mittwoch”',
      'Anlass ist der Sturm auf das Kapitol am vergangenen Mittwoch',
      '2021-01-06',
    ],
    [
      'the curfew from 6 p.m. Wednesday',
      'Washington Mayor Muriel Bowser ordered a curfew from 6 p.m. Wednesday',
      '2021-01-06',
    ],
    ['the lawmakers evacuated', 'Lawmakers were evacuated from the House and Senate chambers', '2021-01-06'],
    [
      'Twitter’s lock of 12 hours on Wednesday night',
      'Twitter locked his account for 12 hours on Wednesday night',
      '2021-01-06',
    ],
    [
      'the certification “in der Nacht zu Donnerstag”',
      'Der Kongress bestätigte Bidens Sieg schließlich in der Nacht zu Donnerstag',
      '2021-01-06',
    ],
    [
      'Sicknick’s death “am Donnerstagabend”',
      'Der Polizist Brian Sicknick starb am Donnerstagabend',
      '2021-01-07',
    ],
    [
      'Chao and DeVos resigning “am Donnerstag”',
      'Verkehrsministerin Elaine Chao und Bildungsministerin Betsy DeVos traten am Donnerstag',
      '2021-01-07',
    ],
    ['Trump’s video “am Donnerstagabend”', 'Trump hatte am Donnerstagabend in einem Video', '2021-01-07'],
    [
      'Trump staying away from the inauguration, told “am Freitag”',
      'Am Freitag kündigte er dann auf Twitter an',
      '2021-01-08',
    ],
    [
      'Pence announcing the result “om 09.41 uur Nederlandse tijd” after “vannacht”',
      'maakte om 09.41 uur Nederlandse tijd de uitslag bekend',
      '2021-01-07',
    ],
    [
      'Twitter’s suspension for good “am Freitag”',
      'Twitter hatte sein Konto am Freitag dauerhaft gesperrt',
      '2021-01-08',
    ],
    ['the impeachment “am Mittwochabend”', 'Das Repräsentantenhaus stimmte am Mittwochabend', '2021-01-13'],
    [
      'Trump’s video “am Mittwochabend” of the impeachment',
      'Trump selbst verurteilte am Mittwochabend',
      '2021-01-13',
    ],
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the storming is one event of all five outlets, at the Capitol in Washington', () => {
    const storming = onlyCiting(file, 'stormed on Wednesday the building of the Congress');
    expect(storming?.when.value).toMatch(/^2021-01-06/);
    expect(documentsOf(storming)).toEqual([
      'de_spiegel_0114',
      'de_tagesschau_0108',
      'en_ap_0107',
      'en_mt_undated',
      'nl_nos_0107',
    ]);
    expect(storming?.places).toEqual(expect.arrayContaining(['us-capitol', 'washington']));
    expect(storming?.actors).toContain('trump');
  });

  it('Congress certifying Biden’s victory “early Thursday”, “vannacht”, “in der Nacht zu Donnerstag” is one event of all five, by 7 January', () => {
    const certification = onlyCiting(
      file,
      'Het Amerikaanse Congres heeft vannacht de verkiezingsoverwinning',
    );
    expect(certification?.when.end.slice(0, 10)).toBe('2021-01-07');
    expect(documentsOf(certification)).toEqual([
      'de_spiegel_0114',
      'de_tagesschau_0108',
      'en_ap_0107',
      'en_mt_undated',
      'nl_nos_0107',
    ]);
    expect(certification?.actors).toContain('biden');
    expect(certification?.title).toBe("Joe Biden's election victory certified");
  });

  it('Spiegel’s “Erst in der Nacht zu Donnerstag” after last week’s Wednesday is the certification, not the night of the report', () => {
    const certification = onlyCiting(file, 'Erst in der Nacht zu Donnerstag konnte der Kongress');
    expect(certification?.when.end.slice(0, 10)).toBe('2021-01-07');
    expect(documentsOf(certification)).toContain('en_ap_0107');
  });

  it('the curfew is Bowser’s, told by the wire, NOS and the translation', () => {
    const curfew = onlyCiting(file, 'Washington Mayor Muriel Bowser ordered a curfew');
    expect(curfew?.kind).toBe('curfew');
    expect(curfew?.actors).toContain('muriel-bowser');
    expect(curfew?.places).toContain('washington');
    expect(documentsOf(curfew)).toEqual(['en_ap_0107', 'en_mt_undated', 'nl_nos_0107']);
  });

  it('the National Guard deployed on the Wednesday is one event of the wire, NOS and the translation', () => {
    const guard = onlyCiting(file, 'The National Guard was deployed to help police');
    expect(guard?.when.start.slice(0, 10)).toBe('2021-01-06');
    expect(guard?.actors).toContain('national-guard');
    expect(documentsOf(guard)).toEqual(['en_ap_0107', 'en_mt_undated', 'nl_nos_0107']);
  });

  it('the toll, four on Thursday and five from Friday, is a conflict told by all five, the three “other” dead no toll of their own', () => {
    const toll = onlyCiting(file, 'In totaal kwamen vier mensen om het leven');
    const conflict = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect([...new Set(conflict?.values.map((v) => v.value))].sort()).toEqual([4, 5]);
    expect(documentsOf(toll)).toEqual([
      'de_spiegel_0114',
      'de_tagesschau_0108',
      'en_ap_0107',
      'en_mt_undated',
      'nl_nos_0107',
    ]);
  });

  it('the 52 arrested by Wednesday night are one count of the wire and NOS on the Wednesday', () => {
    const arrests = onlyCiting(file, 'at least 52 people had been arrested by Wednesday night');
    expect(arrests?.when.start.slice(0, 10)).toBe('2021-01-06');
    expect(documentsOf(arrests)).toEqual(expect.arrayContaining(['en_ap_0107', 'nl_nos_0107']));
  });

  it('the translation’s “The president elected Joe Biden said in a speech” is Biden’s statement, no election', () => {
    const said = onlyCiting(file, 'The president elected Joe Biden said in a speech');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain('biden');
    expect(file?.events.filter((e) => e.kind === 'election')).toEqual([]);
  });

  it('Pence announcing the tally “om 09.41 uur Nederlandse tijd” is the AP’s “shortly before 3:45 a.m.”', () => {
    const tally = onlyCiting(file, 'maakte om 09.41 uur Nederlandse tijd de uitslag bekend');
    expect(tally?.when.value).toBe('2021-01-07T03:45');
    expect(tally).toBe(onlyCiting(file, 'announced the tally of 306-232 shortly before 3:45 a.m.'));
  });

  it('Pence refusing the 25th Amendment “Am Dienstagabend” is his statement of Tuesday evening 12 January', () => {
    const refused = onlyCiting(file, 'Mike Pence es abgelehnt');
    expect(refused?.kind).toBe('statement');
    expect(refused?.actors).toContain('pence');
    expect(refused?.when.value).toBe('2021-01-12TEV');
  });

  it('Guterres “saddened by the events” is not Biden’s statement of the sentence before', () => {
    const guterres = onlyCiting(file, 'António Guterres said that he is saddened');
    expect(guterres?.id).not.toBe(onlyCiting(file, 'The president elected Joe Biden said')?.id);
  });

  it('Biden “is to be sworn in on Jan. 20” is a plan, no swearing-in of 20 January', () => {
    expect(file?.events.filter((e) => e.title.includes('sworn in'))).toEqual([]);
  });

  it('the arrests counted later “bislang” and “bereits” are the counts of their reports’ days, not the Wednesday’s', () => {
    const bySpiegel = file?.events.find(
      (e) =>
        e.title.includes('arrested') && e.sources.some((x) => x.sentence.includes('bereits festgenommen')),
    );
    const byTagesschau = onlyCiting(file, 'Die Polizei hat bislang mehr als 80 Menschen festgenommen');
    expect(bySpiegel?.when.start).toBe('2021-01-14');
    expect(byTagesschau?.when.start).toBe('2021-01-08');
    expect(documentsOf(bySpiegel)).not.toContain('en_ap_0107');
  });

  it('Twitter’s lock of Wednesday night and its suspension for good on Friday are two events, Twitter their actor', () => {
    const lock = onlyCiting(file, 'Twitter locked his account for 12 hours');
    const suspension = onlyCiting(file, 'Der Kurznachrichtendienst Twitter hat das Konto');
    expect(lock?.id).not.toBe(suspension?.id);
    expect(documentsOf(lock)).toEqual(['en_ap_0107', 'nl_nos_0107']);
    expect(documentsOf(suspension)).toEqual(['de_spiegel_0114', 'de_tagesschau_0108']);
    expect(suspension?.title).toBe("Twitter suspends Donald Trump's account");
    expect(suspension?.actors).toEqual(expect.arrayContaining(['trump', 'twitter']));
  });

  it('the second impeachment is Trump impeached on 13 January', () => {
    const impeachment = onlyCiting(file, 'Das Repräsentantenhaus stimmte am Mittwochabend');
    expect(impeachment?.kind).toBe('impeachment');
    expect(impeachment?.title).toBe('Donald Trump impeached');
  });

  it('Chao and DeVos resigning is one event of tagesschau and Spiegel', () => {
    const resignations = onlyCiting(
      file,
      'Verkehrsministerin Elaine Chao und Bildungsministerin Betsy DeVos traten',
    );
    expect(documentsOf(resignations)).toEqual(['de_spiegel_0114', 'de_tagesschau_0108']);
    expect(resignations?.actors).toEqual(expect.arrayContaining(['elaine-chao', 'betsy-devos']));
  });

  it.each([
    ['the translation’s “Mike Pens”', 'Mike Pens', 'pence'],
    [
      '“Nancy Pelosi” after the odd title “chairwoman of the Council of the Representatives”',
      'Nancy Pelosi',
      'pelosi',
    ],
    ['tagesschau’s “Kapitol-Polizei”', 'Kapitol-Polizei', 'capitol-police'],
  ])('%s is the listed actor', (_what, text, id) => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    expect(mentions.filter((m) => m.text === text).map((m) => m.id)).toContain(id);
    expect(file.events.flatMap((e) => e.actors).filter((a) => /pens|name:.*pelosi/.test(a))).toEqual([]);
  });

  it('dates the undated translation to Thursday 7 January, the day after the Wednesday it tells of', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2021-01-07', precision: 'day', inferred: true });
  });

  it('no page boilerplate is cited', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    expect(cited.filter((s) => /cookie|Lees ook|Deel dit artikel|Mehr zum Thema|Quelle:/i.test(s))).toEqual(
      [],
    );
  });
});
