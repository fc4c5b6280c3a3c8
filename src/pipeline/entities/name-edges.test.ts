import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** Mentions of one sentence as "text=id". */
function mentions(language: string, sentence: string): string[] {
  const [only] = stage.annotate(article(language, [sentence])).sentences;
  return (only?.mentions ?? []).map((m) => `${m.text}=${m.id ?? ''}`);
}

describe('a function word that opens the sentence is not part of the name after it', () => {
  it.each([
    ['en', 'In Syria, at least 1,600 people were killed.', 'Syria=syria'],
    ['en', 'At Gaziantep, rescuers searched the rubble.', 'Gaziantep=gaziantep'],
    ['en', 'But Anna Kowalczyk said the talks had failed.', 'Anna Kowalczyk=name:anna-kowalczyk'],
    ['de', 'Am Montag sprach Anna Schmidt in Berlin.', 'Anna Schmidt=name:anna-schmidt'],
    ['nl', 'Op Schiphol werden vluchten geschrapt.', 'Schiphol=schiphol'],
    ['de', 'In Ljubljana wurden Tausende Häuser überflutet.', 'Ljubljana=ljubljana'],
    ['en', 'In Ljubljana and Maribor, houses were flooded.', 'Ljubljana=ljubljana'],
    ['de', 'Neben Anna Schmidt wurden zwei Männer festgenommen.', 'Anna Schmidt=name:anna-schmidt'],
    ['nl', 'Naast Anna Schmidt zijn nog twee mannen aangehouden.', 'Anna Schmidt=name:anna-schmidt'],
  ])('%s: "%s" gives %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });
});

describe('German role compounds and nouns in apposition are not part of a name', () => {
  it.each([
    [
      'Verdi-Chef Frank Werneke sagte am Sonntagabend in Berlin, es gebe kein Angebot.',
      'Frank Werneke=frank-werneke',
    ],
    ['Verdi-Chef Werneke sagte am Sonntagabend, es gebe kein Angebot.', 'Werneke=frank-werneke'],
    ['Die Gewerkschaften Verdi und EVG hatten zu dem Ausstand aufgerufen.', 'Verdi=name:verdi'],
  ])('"%s" gives %s', (sentence, expected) => {
    expect(mentions('de', sentence)).toContain(expected);
  });

  it('keeps a German name that opens with an adjective after the article: "Die Deutsche Bahn"', () => {
    expect(mentions('de', 'Die Gewerkschaft Verdi und die Deutsche Bahn verhandeln.')).not.toContain(
      'Gewerkschaft Verdi=name:gewerkschaft-verdi',
    );
  });
});

describe('common words are not names', () => {
  it.each([
    ['nl', 'De PVV is bij de Tweede Kamerverkiezingen de grootste partij geworden.', 'Kamerverkiezingen'],
    ['de', 'Auch an den Flughäfen München fielen hunderte Flüge aus.', 'Flughäfen München'],
    ['de', 'In Ljubljana wurden Tausende Häuser überflutet.', 'Tausende Häuser'],
    ['de', 'In Ljubljana wurden Tausende Häuser überflutet.', 'Häuser'],
    ['nl', 'Duizenden Oekraïners vluchtten naar Polen.', 'Duizenden Oekraïners'],
    ['en', 'Hundreds of people rallied in Niamey on Thursday.', 'Hundreds'],
    ['de', 'Am Samstag wollen in Wien mehrere Tausend Menschen demonstrieren.', 'Tausend Menschen'],
    ['de', 'Mehrere Menschen werden nach dem Bootsunglück noch vermisst.', 'Mehrere Menschen'],
    ['de', 'Mehrere Menschen werden nach dem Bootsunglück noch vermisst.', 'Menschen'],
    ['de', 'Zahlreiche Überlebende stehen unter Schock.', 'Zahlreiche Überlebende'],
    ['nl', 'Meerdere Afghanen zijn nog vermist.', 'Meerdere Afghanen'],
    ['en', 'The GDP grew by 2 percent, the CEO said.', 'GDP'],
    ['en', 'The GDP grew by 2 percent, the CEO said.', 'CEO'],
    ['de', 'Das BIP wuchs im Sommer um zwei Prozent.', 'BIP'],
    ['en', 'Officials said GDP grew.', 'GDP'],
    ['de', 'Drei Menschen wurden im Krankenhaus behandelt, teilte die Polizei mit.', 'Drei Menschen'],
    ['de', 'Drei Menschen wurden im Krankenhaus behandelt, teilte die Polizei mit.', 'Menschen'],
    ['de', 'Zwei Arbeiter wurden in der Nacht wegen Rauchvergiftung behandelt.', 'Zwei Arbeiter'],
    ['de', 'Fünf Feuerwehrleute erlitten leichte Verletzungen.', 'Fünf Feuerwehrleute'],
  ])('[%s] “%s” has no name “%s”', (language, sentence, text) => {
    expect(mentions(language, sentence).map((m) => m.split('=')[0])).not.toContain(text);
  });

  it.each([
    ['de', 'Bei der Landtagswahl ist die AfD erstmals stärkste Kraft geworden.', 'AfD=name:afd'],
    ['de', 'Voigt will mit dem BSW und der SPD sprechen.', 'SPD=name:spd'],
    ['nl', 'De BVNL won de verkiezingen.', 'BVNL=name:bvnl'],
    ['en', 'Exit polls showed the AfD ahead.', 'AfD=name:afd'],
  ])(
    '[%s] keeps an acronym nobody listed after a definite article: “%s” gives %s',
    (language, sentence, expected) => {
      expect(mentions(language, sentence)).toContain(expected);
    },
  );

  it.each([
    ['en', 'Hamas freed 13 Israeli women and 10 Thai nationals on Friday.', 'Thai'],
    ['nl', 'Ook tien Thaise arbeiders en een Filipijnse verpleegster kwamen vrij.', 'Filipijnse'],
    ['de', 'Auch zehn thailändische Arbeiter kamen frei.', 'thailändische'],
  ])('[%s] reads a demonym in “%s” as no unknown name: %s', (language, sentence, text) => {
    expect(mentions(language, sentence).filter((m) => m.startsWith(`${text}=name:`))).toEqual([]);
  });

  it('keeps the name after a German noun in apposition: “an den Flughäfen Weeze”', () => {
    expect(mentions('de', 'Auch an den Flughäfen Weeze fielen hunderte Flüge aus.')).toContain(
      'Weeze=name:weeze',
    );
  });
});

describe('a person named after a title, with particles or with a given name that is also a word', () => {
  it.each([
    [
      'en',
      'On Wednesday, Governor Maria Delgado declared a state of emergency.',
      'Maria Delgado=name:maria-delgado',
    ],
    ['en', 'President John Hale visited the city and promised federal help.', 'John Hale=name:john-hale'],
    ['en', 'Ursula von der Leyen arrived in Ankara.', 'Ursula von der Leyen=von-der-leyen'],
    [
      'nl',
      'Minister Piet de Vries van Landbouw sprak met een delegatie.',
      'Piet de Vries=name:piet-de-vries',
    ],
    [
      'nl',
      'De PvdD van Esther Ouwehand is de grootste partij geworden.',
      'Esther Ouwehand=name:esther-ouwehand',
    ],
    ['en', 'The ship struck a pillar at 1:28 a.m., Maryland Governor Wes Moore said.', 'Wes Moore=wes-moore'],
    [
      'en',
      'The UN said aid deliveries through the Bab al-Hawa crossing had been suspended.',
      'Bab al-Hawa=name:bab-al-hawa',
    ],
    ['nl', 'President Bashar al-Assad vluchtte zondag naar Moskou.', 'Bashar al-Assad=assad'],
    [
      'en',
      'On Friday they were killed by police at a printing works in Dammartin-en-Goele, north-east of Paris.',
      'Dammartin-en-Goele=name:dammartin-en-goele',
    ],
    [
      'de',
      'Paris – Kurz vor 17 Uhr fielen am Freitagnachmittag in Dammartin-en-Goële die ersten Schüsse.',
      'Dammartin-en-Goële=name:dammartin-en-goele',
    ],
    ['en', 'NATO Secretary General Mark Rutte said he looked forward to it.', 'Mark Rutte=rutte'],
    [
      'en',
      'Senate Minority Leader Mitch McConnell said the result was a mandate.',
      'Mitch McConnell=mcconnell',
    ],
    ['en', 'Martin Luther King Jr spoke in Washington.', 'Martin Luther King Jr=name:martin-luther-king-jr'],
    [
      'de',
      'Der CDU-Spitzenkandidat Mario Voigt kündigte am Montag Gespräche an.',
      'Mario Voigt=name:mario-voigt',
    ],
    [
      'de',
      'Schleswig-Holsteins Ministerpräsident Daniel Günther besuchte am Samstag die betroffenen Gebiete.',
      'Daniel Günther=name:daniel-gunther',
    ],
    [
      'de',
      'Niedersachsens Innenministerin Daniela Behrens sagte am Freitag, die Lage sei ernst.',
      'Daniela Behrens=name:daniela-behrens',
    ],
    [
      'de',
      'In der Nacht zu Montag suspendierte Richter Moraes den Gouverneur selbst für 90 Tage.',
      'Moraes=alexandre-de-moraes',
    ],
    ['nl', 'Rechter Piet de Vries sprak het vonnis uit.', 'Piet de Vries=name:piet-de-vries'],
    [
      'en',
      'Supreme Court Justice Alexandre de Moraes suspended Rocha from office for 90 days.',
      'Alexandre de Moraes=alexandre-de-moraes',
    ],
  ])('[%s] “%s” gives %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });

  it.each([
    [
      'en',
      'Russia freed Wall Street Journal reporter Evan Gershkovich on Thursday.',
      'Evan Gershkovich=name:evan-gershkovich',
    ],
    ['en', 'Russia also freed former US Marine Paul Whelan.', 'Paul Whelan=name:paul-whelan'],
  ])('[%s] “%s” names the person after a profession: %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });

  it('keeps an acronym that opens a name: “Die IG Metall” is IG Metall', () => {
    expect(mentions('de', 'Die IG Metall kritisierte die Pläne scharf.')).toContain(
      'IG Metall=name:ig-metall',
    );
  });

  it('does not take a German article after a name for a particle: “hatte Bosch den Abbau … angekündigt”', () => {
    const [, second] = stage.annotate(
      article('de', [
        'Der Autozulieferer Bosch will rund 3.000 Stellen abbauen.',
        'Bereits im vergangenen Jahr hatte Bosch den Abbau von 1.500 Stellen angekündigt.',
      ]),
    ).sentences;
    expect(second?.mentions.map((m) => m.text).join(' ')).not.toMatch(/Abbau/);
  });

  it('does not join an acronym to a particle: “De PvdD van Esther Ouwehand” has no “De PvdD”', () => {
    expect(mentions('nl', 'De PvdD van Esther Ouwehand won.')).toEqual([
      'PvdD=name:pvdd',
      'Esther Ouwehand=name:esther-ouwehand',
    ]);
  });
});

describe('a demonym that is also a given name', () => {
  it.each([
    [
      'nl',
      'GroenLinks-PvdA van Frans Timmermans werd tweede met 25 zetels.',
      'Frans Timmermans=name:frans-timmermans',
    ],
    ['nl', 'Frans Timmermans zei dat de uitslag een schok was.', 'Frans Timmermans=name:frans-timmermans'],
    ['en', 'Frans Timmermans conceded defeat on Wednesday.', 'Frans Timmermans=name:frans-timmermans'],
  ])('[%s] “%s” names the person %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });

  it.each([
    ['en', 'The French Parliament voted against the bill.', 'French=france'],
    ['en', 'French President Jacques Chirac said so.', 'Jacques Chirac=name:jacques-chirac'],
  ])('[%s] “%s” keeps the adjective: %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });

  it.each([
    [
      'nl',
      'Modi sprak met de 40-jarige Brit Viswashkumar Ramesh.',
      'Viswashkumar Ramesh=name:viswashkumar-ramesh',
    ],
    ['nl', 'Bij de aanslag raakte de Syriër Issa al-Hasan gewond.', 'Issa al-Hasan=name:issa-al-hasan'],
    ['de', 'Er sprach mit dem Briten Viswashkumar Ramesh.', 'Viswashkumar Ramesh=name:viswashkumar-ramesh'],
    [
      'en',
      'Modi met the 40-year-old Briton Viswashkumar Ramesh.',
      'Viswashkumar Ramesh=name:viswashkumar-ramesh',
    ],
  ])(
    '[%s] “%s”: a national after an article or an age is no given name (%s)',
    (language, sentence, expected) => {
      expect(mentions(language, sentence)).toContain(expected);
    },
  );
});

describe('a preacher’s title before a name is not part of it', () => {
  it.each([
    [
      'de',
      'Er sei vom Terrornetz al-Qaida im Jemen geschickt und von dem Prediger Anwar al-Awlaki finanziert worden.',
      'Anwar al-Awlaki=name:anwar-al-awlaki',
    ],
    [
      'en',
      'He said he had been financed by the preacher Anwar al-Awlaki.',
      'Anwar al-Awlaki=name:anwar-al-awlaki',
    ],
    [
      'nl',
      'Hij zou zijn gefinancierd door de prediker Anwar al-Awlaki.',
      'Anwar al-Awlaki=name:anwar-al-awlaki',
    ],
  ])('%s: "%s" gives %s', (language, sentence, expected) => {
    expect(mentions(language, sentence)).toContain(expected);
  });
});
