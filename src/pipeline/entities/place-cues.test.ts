import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The kind of actor each name nobody lists is taken for, by the name as written. */
function unknownKinds(language: string, sentence: string): Record<string, string | undefined> {
  const [sentenceFound] = stage.annotate(article(language, [sentence], `doc-${sentence}`)).sentences;
  const kinds: Record<string, string | undefined> = {};
  for (const m of sentenceFound?.mentions ?? []) {
    if (m.kind === 'unknown' && m.id) kinds[m.text] = stage.actor(m.id)?.kind;
  }
  return kinds;
}

describe('an unknown name that the words around it call a place', () => {
  it.each([
    ['en', 'Floods cut off the village of Ojtal-Sai on Tuesday.', 'Ojtal-Sai'],
    ['en', 'Rescuers reached the village of Kyzylorda-Zhol by boat.', 'Kyzylorda-Zhol'],
    ['en', 'The water level near the Ural river rose by two metres.', 'Ural'],
    ['en', 'Rescuers reached Bekbulat region by helicopter.', 'Bekbulat'],
    ['en', 'Two houses burned down in Kyzyltuu overnight.', 'Kyzyltuu'],
    ['nl', 'Het dorp Ojtal-Sai werd zaterdag ontruimd.', 'Ojtal-Sai'],
    ['nl', 'De brug bij Kyzyltuu stortte in.', 'Kyzyltuu'],
    ['de', 'Im Dorf Ojtal brannten drei Häuser.', 'Ojtal'],
    ['de', 'Eine Frau kam auf der Insel Fehmarn ums Leben.', 'Fehmarn'],
    ['de', 'Das Dorf Ojtal wurde geräumt.', 'Ojtal'],
    ['de', 'Das Hochwasser erreichte den Fluss Ural am Montag.', 'Ural'],
    ['nl', 'In het Limburgse Meerssen vielen twee doden.', 'Meerssen'],
    ['en', 'A second fissure opened on Friday just north of Grindavík, the met office said.', 'Grindavík'],
    ['nl', 'De spleet ligt zo’n 700 meter ten noorden van Grindavík.', 'Grindavík'],
    ['de', 'Die Spalte öffnete sich etwa 700 Meter nördlich von Grindavík.', 'Grindavík'],
    ['en', 'Lava reached the walls around the Svartsengi geothermal power station.', 'Svartsengi'],
    ['en', 'Flights at Keflavík international airport were briefly disrupted.', 'Keflavík'],
    ['en', 'A fissure opened near the Sundhnúkur crater row on Wednesday.', 'Sundhnúkur'],
    ['de', 'Am Vulkan Fagradalsfjall brach erneut Lava hervor.', 'Fagradalsfjall'],
    ['nl', 'De lava bereikte de dijken rond de centrale van Svartsengi.', 'Svartsengi'],
    ['nl', 'Op de luchthaven van Keflavík liepen vluchten vertraging op.', 'Keflavík'],
    ['de', 'Auf dem internationalen Flughafen Keflavík kam es zu Verspätungen.', 'Keflavík'],
    ['de', 'Die Lava erreichte die Schutzwälle um das Geothermiekraftwerk Svartsengi.', 'Svartsengi'],
    ['en', 'The gunman, Thomas Crooks of Bethel Park, Pennsylvania, was shot dead.', 'Bethel Park'],
    ['en', 'Thomas Crooks, 20, of Bethel Park, Pennsylvania fired several shots.', 'Bethel Park'],
  ])('is an actor of kind place in “%s: %s” (%s)', (language, sentence, name) => {
    expect(unknownKinds(language, sentence)[name]).toBe('place');
  });

  it.each([
    ['en', 'She had a long call from Tokmagambetova on Monday.', 'Tokmagambetova'],
    ['en', 'In Tokmagambetova’s view the talks had failed.', 'Tokmagambetova'],
    ['en', 'Governor Bekbulat Ojtal said the dam would hold.', 'Bekbulat Ojtal'],
    ['nl', 'Volgens Tokmagambetova is de dam veilig.', 'Tokmagambetova'],
    ['en', 'The north of Tokmagambetova’s estate was flooded.', 'Tokmagambetova'],
    ['en', 'Tokmagambetova said the station would reopen.', 'Tokmagambetova'],
    ['en', 'Asked by Tokmagambetova, Pennsylvania officials declined to comment.', 'Tokmagambetova'],
  ])('stays a name of unknown kind in “%s: %s” (%s)', (language, sentence, name) => {
    expect(unknownKinds(language, sentence)[name]).toBe('unknown');
  });
});
