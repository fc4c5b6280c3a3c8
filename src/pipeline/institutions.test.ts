/**
 * "The Interior Ministry" is a country's own ministry only where the text says which country
 * (named with it, or the country the article is about); elsewhere it is the general Interior
 * Ministry, never the one country's ministry that data/actors.json happens to list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

const KAZAKH = 'Ministry of Internal Affairs of Kazakhstan';
const GENERAL = 'Interior Ministry';

/** File name, the sentence looked at, the ministry its event names, the article's paragraphs. */
const ARTICLES: [string, string, string, string[]][] = [
  [
    'en_colombia.txt',
    'The Interior Ministry said on Tuesday that 40 people were arrested in Bogota.',
    GENERAL,
    [
      'Protesters clashed with police in Bogota, Colombia, on Monday.',
      'The Interior Ministry said on Tuesday that 40 people were arrested in Bogota.',
    ],
  ],
  [
    'en_kazakhstan.txt',
    'The Interior Ministry said on Tuesday that 40 people were arrested in Almaty.',
    KAZAKH,
    [
      'Protesters clashed with police in Almaty, Kazakhstan, on Monday.',
      'The Interior Ministry said on Tuesday that 40 people were arrested in Almaty.',
    ],
  ],
  [
    'en_qualified.txt',
    "Kazakhstan's Interior Ministry said on Wednesday that 3 German citizens were arrested.",
    KAZAKH,
    [
      'Germany summoned the ambassador in Berlin on Tuesday.',
      "Kazakhstan's Interior Ministry said on Wednesday that 3 German citizens were arrested.",
      'Germany called the arrests unjustified.',
    ],
  ],
  [
    'en_of.txt',
    'The Interior Ministry of Kazakhstan said on Wednesday that 3 German citizens were arrested.',
    KAZAKH,
    [
      'Germany summoned the ambassador in Berlin on Tuesday.',
      'The Interior Ministry of Kazakhstan said on Wednesday that 3 German citizens were arrested.',
      'Germany called the arrests unjustified.',
    ],
  ],
  [
    'en_russian.txt',
    'The Russian Interior Ministry said on Tuesday that 5 Russian citizens were arrested in Almaty.',
    GENERAL,
    [
      'Protesters clashed with police in Almaty, Kazakhstan, on Monday.',
      'The Russian Interior Ministry said on Tuesday that 5 Russian citizens were arrested in Almaty.',
    ],
  ],
  [
    'nl_nederland.txt',
    'Het ministerie van Binnenlandse Zaken zei woensdag dat in Den Haag 12 mensen zijn opgepakt.',
    GENERAL,
    [
      'In Den Haag werd maandag gedemonstreerd tegen het kabinet van Nederland.',
      'Het ministerie van Binnenlandse Zaken zei woensdag dat in Den Haag 12 mensen zijn opgepakt.',
    ],
  ],
  [
    'nl_kazachstan.txt',
    'Het ministerie van Binnenlandse Zaken zei woensdag dat in Almaty 12 mensen zijn opgepakt.',
    KAZAKH,
    [
      'In Almaty in Kazachstan werd maandag gedemonstreerd.',
      'Het ministerie van Binnenlandse Zaken zei woensdag dat in Almaty 12 mensen zijn opgepakt.',
    ],
  ],
  [
    'de_deutschland.txt',
    'Das Innenministerium teilte am Freitag mit, in Berlin seien drei Menschen festgenommen worden.',
    GENERAL,
    [
      'In Berlin demonstrierten am Donnerstag Tausende gegen die Regierung von Deutschland.',
      'Das Innenministerium teilte am Freitag mit, in Berlin seien drei Menschen festgenommen worden.',
    ],
  ],
];

/** Each article alone: merged with the others, one story's arrests would take another's actors. */
const files = new Map<string, EventFile>();
beforeAll(async () => {
  for (const [name, , , paragraphs] of ARTICLES)
    files.set(name, await eventFileOf({ [name]: ` date 2025-03-14 Report\n\n${paragraphs.join('\n\n')}\n` }));
}, 60_000);

describe('an Interior Ministry named without its country is a country’s own only where the text says which', () => {
  it.each(ARTICLES)('in %s, the event of “%s” names the %s', (name, sentence, ministry) => {
    const file = files.get(name) as EventFile;
    const [event] = eventsFrom(file, sentence);
    const names = event ? actorNames(file, event) : [];
    expect(names).toContain(ministry);
    expect(names).not.toContain(ministry === KAZAKH ? GENERAL : KAZAKH);
  });
});

const DUTCH_OM = 'Dutch Public Prosecution Service';
const ANY_OM = 'Public Prosecution Service';

/** Dutch articles naming "het Openbaar Ministerie": the file, the sentence, the service its event names, the paragraphs. */
const PROSECUTORS: [string, string, string, string[]][] = [
  [
    'nl_amsterdam.txt',
    'Het Openbaar Ministerie heeft maandag elf mensen aangehouden in Amsterdam.',
    DUTCH_OM,
    [
      'In Amsterdam in Nederland werd zaterdag een man neergestoken.',
      'Het Openbaar Ministerie heeft maandag elf mensen aangehouden in Amsterdam.',
    ],
  ],
  [
    'nl_muenchen.txt',
    'Braun is dinsdag tegen een borgsom van 5 miljoen euro vrijgelaten, meldt het Openbaar Ministerie in München.',
    ANY_OM,
    [
      'De voormalige topman van het Duitse betaalbedrijf Wirecard, Markus Braun, is maandag in Duitsland opgepakt.',
      'Braun is dinsdag tegen een borgsom van 5 miljoen euro vrijgelaten, meldt het Openbaar Ministerie in München.',
    ],
  ],
  [
    'nl_servie.txt',
    'Het Openbaar Ministerie heeft inmiddels elf mensen aangehouden, onder wie de voormalige minister.',
    ANY_OM,
    [
      'In Novi Sad in Servië stortte vrijdag de overkapping van het station in.',
      'Het Openbaar Ministerie heeft inmiddels elf mensen aangehouden, onder wie de voormalige minister.',
    ],
  ],
];

const prosecutorFiles = new Map<string, EventFile>();
beforeAll(async () => {
  for (const [name, , , paragraphs] of PROSECUTORS)
    prosecutorFiles.set(
      name,
      await eventFileOf({ [name]: ` date 2025-03-14 Report\n\n${paragraphs.join('\n\n')}\n` }),
    );
}, 60_000);

describe('“het Openbaar Ministerie” is the Dutch one only in an article about the Netherlands', () => {
  it.each(PROSECUTORS)('in %s, the event of “%s” names the %s', (name, sentence, service) => {
    const file = prosecutorFiles.get(name) as EventFile;
    const [event] = eventsFrom(file, sentence);
    const names = event ? actorNames(file, event) : [];
    expect(names).toContain(service);
    expect(names).not.toContain(service === DUTCH_OM ? ANY_OM : DUTCH_OM);
  });
});
