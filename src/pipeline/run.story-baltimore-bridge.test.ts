/**
 * The collapse of Baltimore's Francis Scott Key Bridge in March 2024, told by five outlets in en,
 * nl and de: a bridge that collapses rather than a government, a search called off, a governor's
 * given name garbled by a machine translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('baltimore-bridge');
}, 60_000);

describe('the Baltimore bridge collapse as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Collapse in Baltimore', '2024-03-26', ['de_tagesschau_undated', 'en_ap_0326', 'nl_nos_0327']],
    ['Search called off', '2024-03-26', ['de_tagesschau_undated', 'en_ap_0326', 'nl_nos_0327']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the collapse is told in all three languages: "collapsing the span", "instortte", "stürzte … ein"', () => {
    const collapse = mostTold(file, 'Collapse in Baltimore');
    const sentences = collapse?.sources.map((s) => s.sentence).join(' ') ?? '';
    expect(sentences).toContain('collapsing the span');
    expect(sentences).toContain('instortte');
    expect(sentences).toContain('stürzte innerhalb von Sekunden ein');
  });

  it('"De kustwacht staakte dinsdagavond de zoektocht" is the search the Coast Guard called off that evening', () => {
    const search = mostTold(file, 'Search called off');
    expect(search?.when.value).toBe('2024-03-26TEV');
    expect(search?.sources.map((s) => s.sentence)).toContain(
      'De kustwacht staakte dinsdagavond de zoektocht naar overlevenden.',
    );
  });

  it('the translation\'s "Governor Roger Moore" is Governor Wes Moore', () => {
    const moore = file.events.find((e) =>
      e.sources.some((s) => s.sentence.startsWith('Governor Roger Moore')),
    );
    expect(moore?.actors).toEqual(['wes-moore']);
    expect(moore?.title).toBe('Wes Moore makes a statement');
  });

  it('the April report dated only by its month is of Friday 5 April: "a second followed on Thursday" after Monday', () => {
    const report = file.documents.find((d) => d.id === 'en_mt_04');
    expect(report?.published.date).toBe('2024-04-05');
    const visit = mostTold(file, 'Joe Biden visits Baltimore');
    expect(visit?.when.start).toBe('2024-04-05');
    expect(documentsOf(visit)).toEqual(['en_mt_04']);
  });

  it('"met the families of the six dead workers" on the day of the visit tells no deaths of that day', () => {
    const deaths = file.events.filter((e) => e.kind === 'death');
    expect(deaths.map((e) => e.when.start.slice(0, 10))).toEqual(['2024-03-26']);
  });

  it('the demolition in May does not take the day the lede says the wreck has lain on the bow since', () => {
    const blast = file.events.find((e) =>
      e.sources.some((s) => s.sentence.includes('gecontroleerde explosie')),
    );
    expect(blast?.when.start.slice(0, 10)).not.toBe('2024-03-26');
  });
});
