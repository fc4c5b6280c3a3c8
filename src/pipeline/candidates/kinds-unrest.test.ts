/**
 * Coups and seizures of power, rallies, arson, border closures and curfews, floods and aid sent,
 * bodies found, blockades and prisoners freed, each in English, Dutch and German: the lexicon in
 * data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const BAZOUM: MentionSpec = ['Mohamed Bazoum', 'actor', 'name:mohamed-bazoum'];
const NAZARBAYEV: MentionSpec = ['Nursultan Nasarbajew', 'actor', 'name:nursultan-nasarbajew'];
const TCHIANI: MentionSpec = ['Abdourahamane Tchiani', 'actor', 'name:abdourahamane-tchiani'];

describe('a report of unrest, a coup or a flood gets its kind and title', () => {
  it.each<[string, string, MentionSpec[], string, string]>([
    [
      'en',
      'Wednesday soldiers detained President Mohamed Bazoum.',
      [BAZOUM],
      'coup',
      'Mohamed Bazoum detained by the military',
    ],
    [
      'en',
      'Wednesday soldiers said they had removed Mohamed Bazoum from power.',
      [BAZOUM],
      'coup',
      'Mohamed Bazoum ousted',
    ],
    [
      'de',
      'Mittwoch wurde Präsident Mohamed Bazoum vom Militär gestürzt.',
      [BAZOUM],
      'coup',
      'Mohamed Bazoum ousted',
    ],
    [
      'nl',
      'Woensdag werd president Mohamed Bazoum door het leger afgezet.',
      [BAZOUM],
      'coup',
      'Mohamed Bazoum ousted',
    ],
    [
      'de',
      'Mittwoch wurde der frühere Präsident Nursultan Nasarbajew als Chef des Sicherheitsrates abgesetzt.',
      [NAZARBAYEV],
      'dismissal',
      'Nursultan Nasarbajew dismissed',
    ],
    [
      'nl',
      'Woensdag werd oud-president Nursultan Nazarbajev afgezet als voorzitter van de Veiligheidsraad.',
      [['Nursultan Nazarbajev', 'actor', 'name:nursultan-nazarbajev']],
      'dismissal',
      'Nursultan Nazarbajev dismissed',
    ],
    [
      'en',
      'Friday Abdourahamane Tchiani declared himself the head of a transitional government.',
      [TCHIANI],
      'seizure',
      'Abdourahamane Tchiani declares himself leader',
    ],
    [
      'de',
      'Freitag ergriff Abdourahamane Tchiani die Macht.',
      [TCHIANI],
      'seizure',
      'Abdourahamane Tchiani seizes power',
    ],
    [
      'nl',
      'Vrijdag greep Abdourahamane Tchiani de macht.',
      [TCHIANI],
      'seizure',
      'Abdourahamane Tchiani seizes power',
    ],
    ['en', 'Thursday protesters set fire to the party headquarters.', [], 'arson', 'Arson attack'],
    ['de', 'Donnerstag wurde die Parteizentrale in Brand gesetzt.', [], 'arson', 'Arson attack'],
    ['nl', 'Donderdag werd het partijkantoor in brand gestoken.', [], 'arson', 'Arson attack'],
    [
      'de',
      'Am Donnerstag steckten Demonstranten das Gebäude des Staatsfernsehens in Brand.',
      [],
      'arson',
      'Arson attack',
    ],
    ['de', 'Donnerstag wurde die Parteizentrale in Brand gesteckt.', [], 'arson', 'Arson attack'],
    [
      'de',
      'Am Samstag wurde das Privathaus von Wickremesinghe in Brand gesteckt.',
      [['Wickremesinghe', 'unknown', 'name:ranil-wickremesinghe']],
      'arson',
      'Arson attack',
    ],
    [
      'de',
      'Am Donnerstagabend ließ die Regierung das mobile Internet abschalten.',
      [],
      'internet',
      'Internet shut down',
    ],
    [
      'de',
      'Am Donnerstag schaltete die Regierung das Internet landesweit ab.',
      [],
      'internet',
      'Internet shut down',
    ],
    [
      'en',
      "On Monday crowds broke through the gates of the prime minister's residence and looted furniture.",
      [],
      'riot',
      'Riots',
    ],
    ['en', 'Thursday the junta closed the borders.', [], 'border-closure', 'Junta closes the borders'],
    ['en', 'Thursday the army imposed a curfew.', [], 'curfew', 'Army imposes a curfew'],
    ['de', 'Donnerstag verhängte die Armee eine Ausgangssperre.', [], 'curfew', 'Curfew imposed'],
    ['nl', 'Donderdag kondigde het leger een avondklok af.', [], 'curfew', 'Curfew imposed'],
    ['de', 'Freitag wurden Tausende Häuser überflutet.', [], 'disaster', 'Floods'],
    ['nl', 'Vrijdag werden duizenden huizen overstroomd.', [], 'disaster', 'Floods'],
    [
      'de',
      'Sonntag schickten Österreich und Kroatien Rettungskräfte.',
      [
        ['Österreich', 'place', 'austria'],
        ['Kroatien', 'place', 'croatia'],
      ],
      'aid-sent',
      'Austria sends rescue teams',
    ],
    [
      'en',
      'Sunday Spain, Britain, Qatar and the United Arab Emirates sent search and rescue teams.',
      [
        ['Spain', 'place', 'spain'],
        ['Britain', 'place', 'united-kingdom'],
        ['Qatar', 'place', 'qatar'],
        ['United Arab Emirates', 'place', 'united-arab-emirates'],
      ],
      'aid-sent',
      'Spain sends rescue teams',
    ],
    [
      'en',
      'Sunday Austria sent rescue teams to Slovenia.',
      [
        ['Austria', 'place', 'austria'],
        ['Slovenia', 'place', 'slovenia'],
      ],
      'aid-sent',
      'Austria sends rescue teams to Slovenia',
    ],
    [
      'nl',
      'Zondag stuurden Oostenrijk en Kroatië hulp.',
      [
        ['Oostenrijk', 'place', 'austria'],
        ['Kroatië', 'place', 'croatia'],
      ],
      'aid-sent',
      'Austria sends aid',
    ],
  ])('[%s] “%s” is a $3', (lang, text, mentions, kind, title) => {
    expect(kindsAndTitles(lang, text, '2023-07-26', mentions)).toContainEqual({ kind, title });
  });

  it.each<[string, string, string, MentionSpec[]]>([
    [
      'de',
      'Sonntag kündigte die EU-Kommission Hilfe an.',
      'European Union promises aid',
      [['EU', 'actor', 'european-union']],
    ],
    [
      'en',
      'Sunday the European Union promised aid to Slovenia.',
      'European Union promises aid to Slovenia',
      [
        ['European Union', 'actor', 'european-union'],
        ['Slovenia', 'place', 'slovenia'],
      ],
    ],
    [
      'nl',
      'Zondag beloofde de Europese Unie noodhulp.',
      'European Union promises aid',
      [['Europese Unie', 'actor', 'european-union']],
    ],
    [
      'en',
      'Friday the United States condemned the coup.',
      'United States makes a statement',
      [['United States', 'actor', 'united-states']],
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-08-06', mentions).map((c) => c.title)).toContain(title);
  });

  it.each([
    [
      'en',
      'Thursday the junta closed the borders and imposed a nightly curfew.',
      ['border-closure', 'curfew'],
    ],
    [
      'de',
      'Donnerstag schloss die Junta die Grenzen und verhängte eine Ausgangssperre.',
      ['border-closure', 'curfew'],
    ],
    ['en', 'Thursday the army imposed a curfew after protesters set fire to a bank.', ['curfew', 'arson']],
  ])('[%s] “%s” reports %j', (lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2023-07-27').map((c) => c.kind)).toEqual(kinds);
  });

  it('takes “hundreds rallied in Niamey” for a protest', () => {
    const kinds = kindsAndTitles('en', 'Thursday hundreds of people rallied in Niamey.', '2023-07-27', [
      ['Niamey', 'place', 'niamey'],
    ]).map((c) => c.kind);
    expect(kinds).toContain('protest');
  });

  // "Demonstrated" also means "showed": a protest only "in", "against" or "outside" something.
  it.each<[string, MentionSpec[], boolean]>([
    ['Tens of thousands of people demonstrated in Athens on Sunday.', [['Athens', 'place', 'athens']], true],
    ['Thousands demonstrated against the government in Thessaloniki.', [], true],
    ['The tests demonstrated that the signals had failed.', [], false],
  ])('[en] “%s” reports a protest: %s', (text, mentions, protest) => {
    const kinds = kindsAndTitles('en', text, '2023-03-06', mentions).map((c) => c.kind);
    expect(kinds.includes('protest')).toBe(protest);
  });
});

describe('bodies found are deaths', () => {
  it.each([
    ['en', 'Tuesday firefighters found the bodies of 18 people in a forest.', '18 people killed'],
    ['nl', 'Dinsdag vonden brandweerlieden de lichamen van 18 mensen in een bos.', '18 people killed'],
    ['de', 'Dienstag fanden Feuerwehrleute die Leichen von 18 Menschen in einem Wald.', '18 people killed'],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2023-08-22').map((c) => c.title)).toContain(title);
  });
});

describe('a blockade by a crowd is a protest', () => {
  it.each([
    ['en', 'Friday hundreds of farmers blockaded the port.'],
    ['nl', 'Vrijdag blokkeerden honderden boeren de snelweg.'],
    ['de', 'Freitag blockierten Hunderte Bauern die Autobahn.'],
  ])('[%s] “%s” reports a protest', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-06-07').map((c) => c.kind)).toContain('protest');
  });
});

describe('prisoners freed', () => {
  it.each([
    ['en', 'Thursday Russia freed the reporter in a prisoner swap.', 'release'],
    ['nl', 'Donderdag werd de journalist vrijgelaten na een gevangenenruil.', 'release'],
    ['de', 'Donnerstag wurde der Reporter bei einem Gefangenenaustausch freigelassen.', 'release'],
  ])('[%s] “%s” reports a %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-08-01').map((c) => c.kind)).toContain(kind);
  });

  it('takes “welcomed the freed Americans” for a welcome, not a release', () => {
    const kinds = kindsAndTitles(
      'en',
      'Thursday President Joe Biden welcomed the freed Americans.',
      '2024-08-01',
      [['Joe Biden', 'actor', 'biden']],
    ).map((c) => c.kind);
    expect(kinds).toEqual(['statement']);
  });
});

describe('a surname linked to a full name is a person', () => {
  it('titles “Gershkovich was arrested” by the person, though the name ends like an adjective', () => {
    const titles = kindsAndTitles('en', 'March Gershkovich was arrested in Yekaterinburg.', '2023-03-29', [
      ['Gershkovich', 'unknown', 'name:evan-gershkovich'],
    ]).map((c) => c.title);
    expect(titles).toEqual(['Gershkovich arrested']);
  });

  it('matches the linked id as the entity stage writes it, without accents: “Wünsch”', () => {
    const titles = kindsAndTitles('en', 'March Wünsch was arrested in Berlin.', '2023-03-29', [
      ['Wünsch', 'unknown', 'name:jurgen-wunsch'],
    ]).map((c) => c.title);
    expect(titles).toEqual(['Wünsch arrested']);
  });
});
