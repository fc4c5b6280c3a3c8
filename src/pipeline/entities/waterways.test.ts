import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const found = (lang: string, sentences: string[]) =>
  mentionsOf(stage, lang, sentences)
    .flat()
    .map((m) => `${m.kind}:${m.id ?? m.text}`);

describe('a canal, strait or river is one place by its name in every language', () => {
  it.each<[string, string[], string[]]>([
    // A waterway is no landmark taken for another country's: the article names Taiwan, not Egypt.
    [
      'en',
      ['The ship, operated by a Taiwanese line, ran aground in the Suez Canal on Tuesday.'],
      ['place:suez-canal'],
    ],
    ['nl', ['Het containerschip ligt sinds dinsdag dwars in het Suezkanaal.'], ['place:suez-canal']],
    ['de', ['Das Schiff hatte im März den Suezkanal blockiert.'], ['place:suez-canal']],
    ['en', ['Tankers queued at both ends of the Bosphorus on Monday.'], ['place:bosporus']],
    // The river is not the city of Dnipro upstream.
    ['en', ['The Kakhovka dam on the Dnipro River was breached on Tuesday.'], ['place:dnieper']],
    ['nl', ['De stuwdam in de rivier de Dnjepr werd vernietigd.'], ['place:dnieper']],
    ['de', ['Der Staudamm am Dnepr wurde in der Nacht zerstört.'], ['place:dnieper']],
    ['nl', ['In het bezette Nova Kachovka staan straten onder water.'], ['place:nova-kakhovka']],
    ['de', ['Die Behörden meldeten acht Tote in Nowa Kachowka.'], ['place:nova-kakhovka']],
  ])('[%s] %j', (lang, sentences, expected) => {
    expect(found(lang, sentences).filter((m) => m.startsWith('place:'))).toEqual(expected);
  });

  it('an authority named after a canal is an organisation, not the canal', () => {
    const mentions = found('en', ['The Suez Canal Authority said it had suspended traffic on Wednesday.']);
    expect(mentions).not.toContain('place:suez-canal');
    expect(
      mentions.some((m) => m.includes('Suez Canal Authority') || m.includes('suez-canal-authority')),
    ).toBe(true);
  });
});
