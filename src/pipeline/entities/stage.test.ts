import { beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const mentions = (language: string, sentences: string[]) => mentionsOf(stage, language, sentences);
const find = findMention;

describe('machine-translation errors in an English translation (seed 001)', () => {
  const doc = [
    'Earlier this week, he was replaced by President Qasim-Jomar Tokayev.',
    'The Kazakh people are dissatisfied with the policies of the current president and his dictatorial predecessor, Narsultan Nazarbayev, who is still influential at 81.',
    'President Dokayev says “counter-terrorism” measures are necessary “until the extremists are completely eliminated.”',
    'President Djokovic said in an official statement on Friday and in talks with Russian President Vladimir Putin on Saturday that “order has largely been restored in Kazakhstan.”',
    'On Saturday, Kazakh authorities arrested Karim Massimo, a former head of the Security Service.',
    'At a news conference on Friday, US Secretary of State Anthony Blinken said the United States “wants to know more”.',
  ];
  let found: Mention[][];
  beforeAll(() => {
    found = mentions('en', doc);
  });

  it.each([
    [0, 'Qasim-Jomar Tokayev', 'tokayev', 'fuzzy'],
    [1, 'Narsultan Nazarbayev', 'nazarbayev', 'fuzzy'],
    [2, 'Dokayev', 'tokayev', 'fuzzy'],
    [3, 'Djokovic', 'tokayev', 'context'],
    [3, 'Vladimir Putin', 'putin', 'exact'],
    [4, 'Karim Massimo', 'massimov', 'fuzzy'],
    [4, 'Security Service', 'knb', 'alias'],
    [5, 'Anthony Blinken', 'blinken', 'fuzzy'],
  ])(
    'in sentence %i, "%s" is resolved to %s (%s), keeping the form as written',
    (i, text, id, resolution) => {
      expect(find(found[i], text)).toMatchObject({ kind: 'actor', id, resolution });
    },
  );

  it('keeps offsets that point at the form as written', () => {
    for (const [i, list] of found.entries()) {
      for (const m of list) expect(doc[i]?.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('takes "Kazakh authorities" for the state of Kazakhstan acting', () => {
    expect(find(found[4], 'Kazakh')).toMatchObject({ kind: 'actor', id: 'kazakhstan' });
    expect(stage.actor('kazakhstan')).toMatchObject({ name: 'Kazakhstan', kind: 'country' });
  });
});

describe('the English original (seed 000) and a German-press translation (seed 002)', () => {
  it.each([
    [
      'Earlier this week, he was replaced by President Kassym-Jomart Tokayev.',
      'Kassym-Jomart Tokayev',
      'tokayev',
      'exact',
    ],
    [
      'The situation in the Central Asian state had previously escalated when the head of state Kassym-Shomart Tokayev issued the order to shoot demonstrators.',
      'Kassym-Shomart Tokayev',
      'tokayev',
      'fuzzy',
    ],
    [
      'Karim Massimov is suspected of treason, said the National Security Committee (KNB) on Saturday.',
      'KNB',
      'knb',
      'alias',
    ],
    ['According to Tokaev, Almaty is threatened by ‘20,000 bandits’.', 'Tokaev', 'tokayev', 'alias'],
    ['The Russian-led military alliance CSTO has sent troops to Kazakhstan.', 'CSTO', 'csto', 'alias'],
    [
      'According to information from the dpa news agency, the necessary steps have been taken.',
      'dpa',
      'dpa',
      'alias',
    ],
  ])('"%s" names %s as %s', (sentence, text, id, resolution) => {
    expect(find(mentions('en', [sentence])[0], text)).toMatchObject({ kind: 'actor', id, resolution });
  });

  it.each([
    [
      'Since the turn of the year, some 20,000 people have taken to the streets of Almaty, Kazakhstan’s largest city.',
      'Almaty',
      'almaty',
      'exact',
    ],
    ['Troops were flown to Alma-Ata overnight.', 'Alma-Ata', 'almaty', 'alias'],
    ['Protests began in Zhanaozen and spread to Aktau.', 'Zhanaozen', 'zhanaozen', 'exact'],
    ['Protests began in Janaozen and spread to Aktau.', 'Janaozen', 'zhanaozen', 'alias'],
    ['Protesters gathered in Chimkent.', 'Chimkent', 'shymkent', 'alias'],
    [
      'Crowds stormed the akimat building on Republic Square.',
      'Republic Square',
      'almaty-republic-square',
      'exact',
    ],
    [
      'Flights from Almaty International Airport were cancelled.',
      'Almaty International Airport',
      'almaty-airport',
      'exact',
    ],
    ['Germany has temporarily restricted arms exports to Kazakhstan.', 'Kazakhstan', 'kazakhstan', 'exact'],
  ])('"%s" places %s at %s (%s)', (sentence, text, id, resolution) => {
    expect(find(mentions('en', [sentence])[0], text)).toMatchObject({ kind: 'place', id, resolution });
  });

  it('takes a country that acts for an actor: "Germany has temporarily restricted…"', () => {
    const [list] = mentions('en', ['Germany has temporarily restricted arms exports to Kazakhstan.']);
    expect(find(list, 'Germany')).toMatchObject({ kind: 'actor', id: 'germany' });
  });

  it('does not take calendar words, ordinary capitalised words or adjectives for names', () => {
    const [list] = mentions('en', [
      'Eyewitnesses reported a burning car on Friday.',
      'The situation in the Central Asian state had previously escalated.',
    ]);
    expect(list).toEqual([]);
  });
});

describe('Dutch (seed 004)', () => {
  const doc = [
    'Zaterdag hebben de Kazachstaanse autoriteiten het voormalige hoofd van de veiligheidsdienst, Karim Massimov, opgepakt.',
    'Eerder deze week werd hij door president Kassym-Jomart Tokajev al vervangen.',
    'President Tokajev zei in een officiële verklaring vrijdag, en in gesprek met de Russische president Vladimir Poetin zaterdag, dat de „orde grotendeels is hersteld” in Kazachstan.',
    'Kazachstanen zijn ontevreden over het beleid van de huidige president en zijn autoritaire voorganger Noersoeltan Nazarbajev.',
  ];
  let found: Mention[][];
  beforeAll(() => {
    found = mentions('nl', doc);
  });

  it.each([
    [0, 'Kazachstaanse', 'actor', 'kazakhstan'],
    [0, 'Karim Massimov', 'actor', 'massimov'],
    [1, 'Kassym-Jomart Tokajev', 'actor', 'tokayev'],
    [2, 'Tokajev', 'actor', 'tokayev'],
    [2, 'Vladimir Poetin', 'actor', 'putin'],
    [2, 'Kazachstan', 'place', 'kazakhstan'],
    [3, 'Noersoeltan Nazarbajev', 'actor', 'nazarbayev'],
  ])('in sentence %i, "%s" is the %s %s', (i, text, kind, id) => {
    expect(find(found[i], text)).toMatchObject({ kind, id });
  });

  it('does not take the plural demonym "Kazachstanen" for a name', () => {
    expect(found[3]?.map((m) => m.text)).toEqual(['Noersoeltan Nazarbajev']);
  });
});

describe('German', () => {
  const doc = [
    'Der kasachische Präsident Kassym-Schomart Tokajew hat den Schießbefehl erteilt.',
    'Die kasachischen Behörden haben den früheren Geheimdienstchef Karim Massimow festgenommen.',
    'Präsident Djokovic dankte dem russischen Präsidenten Wladimir Putin für die Entsendung von Truppen nach Kasachstan.',
    'Die Bundesregierung stoppt Rüstungsexporte nach Kasachstan, in Almaty gab es Explosionen.',
  ];
  let found: Mention[][];
  beforeAll(() => {
    found = mentions('de', doc);
  });

  it.each([
    [0, 'Kassym-Schomart Tokajew', 'actor', 'tokayev', 'alias'],
    [1, 'kasachischen', 'actor', 'kazakhstan', 'alias'],
    [1, 'Karim Massimow', 'actor', 'massimov', 'alias'],
    [2, 'Djokovic', 'actor', 'tokayev', 'context'],
    [2, 'Wladimir Putin', 'actor', 'putin', 'alias'],
    [2, 'Kasachstan', 'place', 'kazakhstan', 'exact'],
    [3, 'Almaty', 'place', 'almaty', 'exact'],
  ])('in sentence %i, "%s" is the %s %s (%s)', (i, text, kind, id, resolution) => {
    expect(find(found[i], text)).toMatchObject({ kind, id, resolution });
  });

  it('does not take capitalised German nouns for unknown names', () => {
    expect(found[3]?.map((m) => m.text)).toEqual(['Kasachstan', 'Almaty']);
  });
});

describe('unknown proper names', () => {
  it.each([
    ['en', 'Mayor Bakytzhan Sagintayev was dismissed last week.', 'Bakytzhan Sagintayev'],
    ['en', 'The state news agency Kazinform reported that internet access had been restored.', 'Kazinform'],
    ['nl', 'Premier Kristen Michal zei dat Estland de situatie nauwlettend volgt.', 'Kristen Michal'],
    ['de', 'Premierminister Scott Morrison sagte in Canberra, die Regeln gälten für alle.', 'Scott Morrison'],
    ['nl', 'Volgens burgemeester Piet van Dalen raakten elf mensen gewond.', 'Piet van Dalen'],
    ['en', 'The summit was hosted by Italian Prime Minister Mario Draghi.', 'Mario Draghi'],
    ['de', 'Wir werden nicht zahlen, sagte Oberbürgermeister Mike Schubert am Montag.', 'Mike Schubert'],
    ['nl', 'Wethouder Anja Bos van Delfzijl bezocht de dijk.', 'Anja Bos'],
    [
      'de',
      'Wir hätten die Menschen retten können, sagte Kapitänin Lena Hartmann nach der Ankunft.',
      'Lena Hartmann',
    ],
    ['en', 'Captain Lena Hartmann said the crew was exhausted.', 'Lena Hartmann'],
  ])('keeps the %s name in "%s" as "%s", without its title', (language, sentence, text) => {
    const [list] = mentions(language, [sentence]);
    expect(find(list, text)).toMatchObject({ kind: 'unknown', resolution: 'unresolved' });
  });

  it('links a surname alone to the person the document named in full, in German too', () => {
    const found = mentions('de', [
      'Novak Djokovic ist nach dem verlorenen Rechtsstreit aus Australien abgereist.',
      'Djokovic landete am Montag in Belgrad.',
    ]);
    expect(find(found[0], 'Novak Djokovic')?.id).toBe('name:novak-djokovic');
    expect(find(found[1], 'Djokovic')).toMatchObject({ kind: 'unknown', id: 'name:novak-djokovic' });
    expect(stage.actor('name:novak-djokovic')).toMatchObject({ name: 'Novak Djokovic', kind: 'unknown' });
  });

  it('links a two-word surname to the person named in full: “Aung San Suu Kyi” … “Suu Kyi”', () => {
    const found = mentions('de', [
      'Demonstranten trugen Fahnen der Partei von Aung San Suu Kyi.',
      'Das Militär hatte am Montag geputscht und die De-facto-Regierungschefin Suu Kyi festgesetzt.',
    ]);
    expect(find(found[1], 'Suu Kyi')?.id).toBe(find(found[0], 'Aung San Suu Kyi')?.id);
  });

  it('does not take the last word of a longer name for that surname', () => {
    const found = mentions('nl', [
      'Ongeveer 120 patiënten werden overgebracht, meldde de Veiligheidsregio Twente.',
      'Het Medisch Spectrum Twente in Enschede is donderdagnacht getroffen door een cyberaanval.',
    ]);
    expect(find(found[1], 'Twente')?.id).not.toBe(find(found[0], 'Veiligheidsregio Twente')?.id);
  });
});

describe('place() and actor()', () => {
  it('returns the schema Place of a city with names in three languages', () => {
    expect(stage.place('shymkent')).toMatchObject({
      name: 'Shymkent',
      names: { de: 'Schymkent' },
      kind: 'city',
      country: 'KZ',
    });
  });

  it('returns countries as places with Dutch and German names', () => {
    expect(stage.place('kazakhstan')).toMatchObject({
      names: { nl: 'Kazachstan', de: 'Kasachstan' },
      kind: 'country',
    });
  });

  it('returns actors with their aliases', () => {
    expect(stage.actor('tokayev')?.aliases).toContain('Tokajew');
  });

  it('returns undefined for ids it never produced', () => {
    expect(stage.place('atlantis')).toBeUndefined();
    expect(stage.actor('name:nobody')).toBeUndefined();
  });
});

describe('a family name a machine translation turned into an English noun (Peru, December 2022)', () => {
  const doc = [
    'Because of the protests in Peru, the authorities have closed the ruined city of Machu Picchu.',
    'The protests began after the removal of President Castle on 7 December.',
    'The new president Dina Bolvarte declared on Wednesday a state of emergency for the whole country.',
    'The former president Castillo is in custody.',
  ];
  let found: Mention[][];
  beforeAll(() => {
    found = mentions('en', doc);
  });

  it.each([
    [1, 'Castle', 'pedro-castillo', 'context'],
    [2, 'Dina Bolvarte', 'dina-boluarte', 'fuzzy'],
    [3, 'Castillo', 'pedro-castillo', 'alias'],
  ])(
    'in sentence %i, "%s" is resolved to %s (%s), keeping the form as written',
    (i, text, id, resolution) => {
      expect(find(found[i], text)).toMatchObject({ kind: 'actor', id, resolution });
    },
  );
});
