/**
 * The East Palestine derailment: on Friday 3 February 2023 at about 8:55 pm a Norfolk Southern
 * freight train of about 150 cars derails in East Palestine, Ohio, near the Pennsylvania line; 38
 * cars leave the tracks and burn, some carrying vinyl chloride, and the village within a mile is
 * evacuated. On Monday 6 February the vinyl chloride of five tank cars is released and burned,
 * a black plume over the village; the evacuation order is lifted on Wednesday 8 February. On
 * Tuesday 21 February the EPA orders Norfolk Southern to pay for the clean-up; on Thursday 23
 * February the NTSB's preliminary report blames an overheated wheel bearing and Transportation
 * Secretary Buttigieg visits, a day after Donald Trump. In April 2024 the railroad settles a class
 * action for $600 million. Told by seven outlets in en, de and nl: an AP report of the Saturday, a
 * Reuters wire of the Monday with front matter, a Spiegel report of the Tuesday ("am
 * Montagabend"), a NOS report of the Wednesday with site boilerplate, an undated blog that writes
 * "Mike De Wine" and "Norfolk Southerly", a CNN report of 23 February and an AP report of the
 * settlement that recalls the night of the derailment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('east-palestine-derailment');
}, 60_000);

type Event = EventFile['events'][number];

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

/** The event of that kind citing a sentence with those words. */
const kindCiting = (kind: string, words: string): Event | undefined =>
  citing(words).find((e) => e.kind === kind);

const DERAILMENT = 'when it derailed at about 8:55 p.m.';
const BURN = 'carried out a controlled release of toxic vinyl chloride';
const LIFTED = 'het evacuatiebevel woensdag opgeheven';
const ALL = [
  'de_spiegel_0207',
  'en_ap_0204',
  'en_ap_2024_0409',
  'en_blog_undated',
  'en_cnn_0223',
  'en_reuters_0206',
  'nl_nos_0208',
];

describe('the East Palestine derailment as seven outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_0207', '2023-02-07'],
        ['en_ap_0204', '2023-02-04'],
        ['en_ap_2024_0409', '2024-04-09'],
        ['en_cnn_0223', '2023-02-23'],
        ['en_reuters_0206', '2023-02-06'],
        ['nl_nos_0208', '2023-02-08'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    ['the derailment “at about 8:55 p.m.”', DERAILMENT, '2023-02-03'],
    [
      'the derailment “on Friday night”',
      'The Norfolk Southern train of about 150 cars derailed on Friday night',
      '2023-02-03',
    ],
    [
      'the derailment “am Freitagabend gegen 20.55 Uhr”',
      'war am Freitagabend gegen 20.55 Uhr Ortszeit',
      '2023-02-03',
    ],
    ['the derailment “vrijdagavond”', 'ontspoorde vrijdagavond vlak bij de grens', '2023-02-03'],
    [
      'the derailment “on Friday evening” of the blog',
      'derailed on Friday evening with about 150 cars',
      '2023-02-03',
    ],
    [
      'the derailment recalled in the settlement report',
      'On the night of Feb. 3, 2023, 38 cars',
      '2023-02-03',
    ],
    ['the burn “on Monday”', BURN, '2023-02-06'],
    ['the burn “am Montagabend”', 'haben die Behörden am Montagabend giftige Chemikalien', '2023-02-06'],
    ['the burn “Maandag”', 'Maandag lieten ze de stof daarom gecontroleerd weglopen', '2023-02-06'],
    ['the burn “On Monday” of the blog', 'On Monday the crews let the vinyl chloride out', '2023-02-06'],
    ['the burn “Three days later”', 'Three days later, officials released and burned', '2023-02-06'],
    [
      'the order lifted “yesterday afternoon” of the blog',
      'lifted the evacuation order yesterday afternoon',
      '2023-02-08',
    ],
    ['the EPA order “issued Tuesday”', 'Under the order, issued Tuesday', '2023-02-21'],
    ['the settlement “Tuesday”', 'has agreed to pay $600 million', '2024-04-09'],
  ])('%s is told on %s', (_what, words, day) => {
    const told = citing(words);
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) expect(e.when.start.slice(0, 10)).toBe(day);
  });

  it('the derailment at 8:55 pm is one accident of all seven outlets, at East Palestine', () => {
    const derailment = kindCiting('accident', DERAILMENT);
    expect(derailment?.when.value).toBe('2023-02-03T20:55');
    expect(documentsOf(derailment)).toEqual(ALL);
    expect(derailment?.places).toContain('east-palestine');
    expect(derailment?.actors).toContain('norfolk-southern');
  });

  it.each([
    ['the German “entgleist”', 'war am Freitagabend gegen 20.55 Uhr Ortszeit'],
    ['the Dutch “ontspoorde”', 'ontspoorde vrijdagavond vlak bij de grens'],
    ['the blog’s “derailed on Friday evening”', 'derailed on Friday evening with about 150 cars'],
    ['the settlement report’s “On the night of Feb. 3, 2023”', 'On the night of Feb. 3, 2023, 38 cars'],
    [
      'CNN’s “derailed … this month” told with the report',
      'that derailed in East Palestine, Ohio, this month',
    ],
    ['CNN’s “38 cars derailed” of the report', 'The engineer then applied the brakes, and 38 cars derailed'],
  ])('%s is the same derailment as the AP’s', (_what, words) => {
    expect(kindCiting('accident', words)).toBe(kindCiting('accident', DERAILMENT));
  });

  it('the evacuation within a mile is an evacuation of Friday 3 February told by four outlets', () => {
    const evacuation = kindCiting(
      'evacuation',
      'Residents within a mile of the derailment were ordered to evacuate',
    );
    expect(evacuation?.when.start.slice(0, 10)).toBe('2023-02-03');
    expect(documentsOf(evacuation)).toEqual(
      expect.arrayContaining(['de_spiegel_0207', 'en_ap_0204', 'en_reuters_0206', 'nl_nos_0208']),
    );
    expect(evacuation?.places).toContain('ohio');
  });

  it('the controlled burn of Monday 6 February is one event of the six outlets that tell it, after 4:30 pm', () => {
    const burn = onlyCiting(file, BURN);
    expect(burn?.when.start.slice(0, 10)).toBe('2023-02-06');
    expect(documentsOf(burn)).toEqual(ALL.filter((d) => d !== 'en_ap_0204'));
    expect(onlyCiting(file, 'haben die Behörden am Montagabend giftige Chemikalien')).toBe(burn);
    expect(onlyCiting(file, 'Maandag lieten ze de stof daarom gecontroleerd weglopen')).toBe(burn);
  });

  it.each<[string, string]>([
    [
      'the Spiegel’s vinyl chloride “in einen Graben geleitet, wo es angezündet wurde”',
      'wo es angezündet wurde',
    ],
    ['Reuters’ chemical drained “into a trench, where it was set alight”', 'where it was set alight'],
  ])('%s is the controlled burn, no arson', (_what, words) => {
    expect(citing(words).map((e) => e.kind)).toEqual(['controlled-burn']);
    expect(onlyCiting(file, words)).toBe(onlyCiting(file, BURN));
  });

  it.each<[string, string]>([
    ['the Spiegel’s explosion to be prevented', 'So sollte eine unkontrollierte Explosion verhindert werden'],
    ['DeWine’s “Bei einer Explosion hätten …”', 'Bei einer Explosion hätten Trümmerteile'],
    ['the NOS’s explosion the authorities feared', 'vreesden de autoriteiten voor een explosie'],
  ])('%s is no explosion', (_what, words) => {
    expect(citing(words).filter((e) => e.kind === 'explosion')).toEqual([]);
  });

  it('the burn is not the derailment nor its fire', () => {
    const burn = onlyCiting(file, BURN);
    expect(burn?.id).not.toBe(kindCiting('accident', DERAILMENT)?.id);
    expect(citing('set off a massive fire').some((e) => e.id === burn?.id)).toBe(false);
  });

  it('the evacuation order lifted on Wednesday 8 February is one event of the NOS and the blog', () => {
    const lifted = kindCiting('evacuation-lifted', LIFTED);
    expect(lifted?.when.start.slice(0, 10)).toBe('2023-02-08');
    expect(kindCiting('evacuation-lifted', 'lifted the evacuation order yesterday afternoon')).toBe(lifted);
    expect(documentsOf(lifted)).toEqual(['en_blog_undated', 'nl_nos_0208']);
    expect(lifted?.places).toContain('east-palestine');
  });

  it('the EPA ordering Norfolk Southern to pay for the clean-up is an order of Tuesday 21 February', () => {
    const order = onlyCiting(file, 'Under the order, issued Tuesday');
    expect(order?.when.value).toBe('2023-02-21');
    expect(order?.actors).toEqual(expect.arrayContaining(['epa', 'norfolk-southern']));
  });

  it('the preliminary report of Thursday 23 February is a report of that day, not of the derailment’s month', () => {
    const report = kindCiting(
      'report-published',
      'federal investigators said Thursday in a preliminary report',
    );
    expect(report?.when.value).toBe('2023-02-23');
  });

  it('Homendy’s “100% preventable” is her statement of Thursday 23 February', () => {
    const said = onlyCiting(file, 'This was 100% preventable');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain('jennifer-homendy');
    expect(said?.when.start.slice(0, 10)).toBe('2023-02-23');
  });

  it('Buttigieg’s visit is a visit of Thursday 23 February, apart from Trump’s of the day before', () => {
    const visit = kindCiting('visit', 'Pete Buttigieg visited East Palestine on Thursday');
    expect(visit?.when.value).toBe('2023-02-23');
    expect(visit?.actors).toContain('pete-buttigieg');
    expect(visit?.places).toContain('east-palestine');
    const trump = kindCiting('visit', 'Former President Donald Trump visited the village a day earlier');
    expect(trump?.when.value).toBe('2023-02-22');
    expect(trump?.id).not.toBe(visit?.id);
  });

  it('the $600 million settlement is an agreement of 9 April 2024, not of 2023, told only by its report', () => {
    const settlement = citing('has agreed to pay $600 million').find((e) => e.kind === 'agreement');
    expect(settlement?.when.value).toBe('2024-04-09');
    expect(settlement?.actors).toContain('norfolk-southern');
    expect(documentsOf(settlement)).toEqual(['en_ap_2024_0409']);
  });

  it('Mayor Trent Conaway’s “local state of emergency” is the one the lede’s officials declared in East Palestine', () => {
    const declared = onlyCiting(file, 'Mayor Trent Conaway declared a local state of emergency');
    expect(declared).toBe(kindCiting('emergency', 'prompting officials to declare a state of emergency'));
    expect(declared?.when.start).toBe('2023-02-03');
    expect(declared?.actors).toContain('trent-conaway');
  });

  it('“About half of the village’s 4,800 residents were evacuated” counts the village, not the evacuated', () => {
    for (const e of citing('About half of the village'))
      expect(e.figures.map((f) => f.value)).not.toContain(4800);
  });

  it('“Trackside sensors” at the NTSB’s sentence’s start are sensors, no actor', () => {
    const said = onlyCiting(file, 'Trackside sensors picked up the rising temperature');
    expect(said?.actors).toEqual(['ntsb']);
  });

  it.each([
    ['“Norfolk Southern”', 'Norfolk Southern', 'norfolk-southern'],
    ['“NTSB”', 'NTSB', 'ntsb'],
    ['“Environmental Protection Agency”', 'Environmental Protection Agency', 'epa'],
    ['“Mike DeWine”', 'Mike DeWine', 'mike-dewine'],
    ['the blog’s “Mike De Wine”', 'Mike De Wine', 'mike-dewine'],
    ['the blog’s “Norfolk Southerly”', 'Norfolk Southerly', 'norfolk-southern'],
    ['“Jennifer Homendy”', 'Jennifer Homendy', 'jennifer-homendy'],
    ['“Pete Buttigieg”', 'Pete Buttigieg', 'pete-buttigieg'],
  ])('%s is the actor %s', (_what, text, id) => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const found = mentions.filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
  });

  it.each<[string, string, string]>([
    [
      'officials “prompting … to declare a state of emergency in the village of East Palestine” near the state line',
      'prompting officials to declare a state of emergency',
      'Officials declare a state of emergency in East Palestine',
    ],
    [
      '“Late on Monday officials said the burn had gone as planned”',
      'Late on Monday officials said the burn had gone as planned',
      'Officials make a statement',
    ],
  ])('%s is titled by who acted where', (_what, words, title) => {
    expect(citing(words).map((e) => e.title)).toContain(title);
  });

  it('East Palestine, Ohio and Pennsylvania are places of the chronology', () => {
    expect(file.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['east-palestine', 'ohio', 'pennsylvania']),
    );
  });

  it('dates the undated blog to Thursday 9 February, the day after the order was lifted', () => {
    const published = publishedOf(file, 'en_blog_undated');
    expect(published).toMatchObject({ date: '2023-02-09', precision: 'day', inferred: true });
  });
});
