import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, week, year, type SentenceSpec } from './test-helpers.ts';

const KZ: [string, 'place', string] = ['Kazakhstan', 'place', 'kazakhstan'];

const one = candidatesOfSentence;

describe('extractCandidates: what happened, in a short English title', () => {
  it.each<[string, string, SentenceSpec, { kind: string; title: string }[]]>([
    [
      'an English arrest of a named person',
      'en',
      {
        text: 'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
        times: [day('2022-01-08', 'On Saturday')],
        mentions: [
          ['Kazakh authorities', 'actor', 'kazakh-authorities'],
          ['Karim Massimov', 'actor', 'karim-massimov'],
        ],
      },
      [{ kind: 'arrest', title: 'Karim Massimov arrested' }],
    ],
    [
      'the same arrest in Dutch',
      'nl',
      {
        text: 'Zaterdag hebben de Kazachstaanse autoriteiten het voormalige hoofd van de veiligheidsdienst, Karim Massimov, opgepakt.',
        times: [day('2022-01-08', 'Zaterdag')],
        mentions: [['Karim Massimov', 'actor', 'karim-massimov']],
      },
      [{ kind: 'arrest', title: 'Karim Massimov arrested' }],
    ],
    [
      'a German arrest written by me',
      'de',
      {
        text: 'Am Samstag wurde der frühere Geheimdienstchef Karim Massimow festgenommen.',
        times: [day('2022-01-08', 'Am Samstag')],
        mentions: [['Karim Massimow', 'actor', 'karim-massimov']],
      },
      [{ kind: 'arrest', title: 'Karim Massimov arrested' }],
    ],
    [
      'a mass arrest with a figure',
      'en',
      {
        text: 'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
        times: [day('2022-01-07', 'As of Friday morning')],
      },
      [{ kind: 'arrest', title: 'More than 3,000 people arrested' }],
    ],
    [
      'an arms export halt by a country',
      'en',
      {
        text: 'Germany has temporarily halted arms exports to Kazakhstan, report German media based on a report from German news agency DPA.',
        mentions: [
          ['Germany', 'place', 'germany'],
          KZ,
          ['German', 'place', 'germany'],
          ['DPA', 'actor', 'dpa'],
        ],
      },
      [{ kind: 'ban', title: 'Germany halts arms exports to Kazakhstan' }],
    ],
    [
      'the export halt in Dutch',
      'nl',
      {
        text: 'Duitsland heeft de export van wapens aan Kazachstan voorlopig stopgezet, melden Duitse media op basis van een bericht van Duits persbureau DPA.',
        mentions: [
          ['Duitsland', 'place', 'germany'],
          ['Kazachstan', 'place', 'kazakhstan'],
        ],
      },
      [{ kind: 'ban', title: 'Germany halts arms exports to Kazakhstan' }],
    ],
    [
      'the export stop in German',
      'de',
      {
        text: 'Die Bundesregierung hat einen Exportstopp für Rüstungsgüter nach Kasachstan verhängt.',
        mentions: [
          ['Bundesregierung', 'actor', 'german-government'],
          ['Kasachstan', 'place', 'kazakhstan'],
        ],
      },
      [{ kind: 'ban', title: 'German Government halts arms exports to Kazakhstan' }],
    ],
    [
      'a statement on Friday and troops that arrived on Thursday: two happenings',
      'en',
      {
        text: 'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan — 2,500 of whom arrived in the country on Thursday.',
        times: [day('2022-01-07', 'on Friday'), day('2022-01-06', 'on Thursday')],
        mentions: [
          ['Antony Blinken', 'actor', 'antony-blinken'],
          ['United States', 'place', 'united-states'],
          KZ,
        ],
      },
      [
        { kind: 'troops', title: '2,500 troops arrive in Kazakhstan' },
        { kind: 'statement', title: 'Antony Blinken speaks on foreign troops' },
      ],
    ],
    [
      'a Dutch deaths sentence with two counts',
      'nl',
      {
        text: 'Volgens het ministerie van Binnenlandse Zaken zijn er sinds de protesten afgelopen zondag begonnen 26 betogers en 18 politieagenten en militairen omgekomen.',
        times: [day('2022-01-02', 'afgelopen zondag')],
      },
      [
        { kind: 'death', title: '26 protesters, 18 police and soldiers killed' },
        // "sinds de protesten afgelopen zondag begonnen": the protests' beginning, with no count.
        { kind: 'protest', title: 'Protests' },
      ],
    ],
    [
      'deaths and injuries in one sentence',
      'en',
      {
        text: 'Dozens of police and protesters lost their lives and hundreds were injured in the riots.',
      },
      [
        { kind: 'death', title: 'Dozens of police and soldiers killed' },
        { kind: 'injury', title: 'Hundreds of people injured' },
      ],
    ],
    [
      'a dismissal with the agent marked by "by"',
      'en',
      {
        text: 'Earlier this week, he was replaced by President Kassym-Jomart Tokayev.',
        times: [week('2022-01-03', '2022-01-08', '2022-W01', 'Earlier this week')],
        mentions: [['Kassym-Jomart Tokayev', 'actor', 'kassym-jomart-tokayev']],
      },
      [{ kind: 'dismissal', title: 'Official dismissed' }],
    ],
    [
      'licences issued last year, with a Dutch number word',
      'nl',
      {
        text: 'Vorig jaar gaf Duitsland nog vijfentwintig exportlicenties af voor wapens die bij elkaar 2,2 miljoen euro waard waren.',
        times: [year('2021', 'Vorig jaar')],
        mentions: [['Duitsland', 'place', 'germany']],
      },
      [{ kind: 'licence', title: 'Germany issues 25 licences for arms exports' }],
    ],
    [
      'a sacking after a storming: two happenings',
      'en',
      {
        text: "Massimov was sacked as head of the KNB this week after demonstrators stormed government buildings in Kazakhstan's largest city, Almaty.",
        times: [week('2022-01-03', '2022-01-08', '2022-W01', 'this week')],
        mentions: [
          ['Massimov', 'actor', 'karim-massimov'],
          ['KNB', 'actor', 'knb'],
          KZ,
          ['Almaty', 'place', 'almaty'],
        ],
      },
      [
        { kind: 'dismissal', title: 'Massimov dismissed' },
        { kind: 'riot', title: 'Protesters storm government buildings in Almaty' },
      ],
    ],
    [
      'a price cut in a concessive clause, the unplaced protests left out',
      'en',
      { text: 'Although the government has quickly lowered LPG prices, anti-government protests continue.' },
      [{ kind: 'price-cut', title: 'LPG prices lowered' }],
    ],
    [
      'a shoot-without-warning order',
      'en',
      {
        text: 'Kazakh President Kassym-Jomart Tokayev said in a televised address Friday morning that he has ordered the military to fire without warning if the disturbances continue.',
        times: [day('2022-01-07', 'Friday morning')],
        mentions: [['Kassym-Jomart Tokayev', 'actor', 'kassym-jomart-tokayev']],
      },
      [{ kind: 'order', title: 'Kassym-Jomart Tokayev orders security forces to open fire' }],
    ],
    [
      'a German order to shoot written by me',
      'de',
      {
        text: 'Präsident Tokajew hat den Sicherheitskräften befohlen, ohne Vorwarnung zu schießen.',
        mentions: [['Tokajew', 'actor', 'kassym-jomart-tokayev']],
      },
      [{ kind: 'order', title: 'Kassym Jomart Tokayev orders security forces to open fire' }],
    ],
    [
      'an internet shutdown',
      'en',
      { text: 'The internet was at least temporarily switched off.' },
      [{ kind: 'internet', title: 'Internet shut down' }],
    ],
    [
      'a German warning strike with a figure (unseen story)',
      'de',
      {
        text: 'Rund 4.000 Hafenarbeiter legten nach Angaben der Gewerkschaft am Freitagmorgen die Arbeit nieder.',
        times: [day('2024-06-14', 'am Freitagmorgen')],
      },
      [{ kind: 'protest', title: 'About 4,000 workers strike' }],
    ],
    [
      'a German demonstration with a number word (unseen story)',
      'de',
      {
        text: 'Am Freitag demonstrierten zudem etwa zweitausend Menschen vor dem Rathaus in Hamburg.',
        times: [day('2024-06-14', 'Am Freitag')],
        mentions: [['Hamburg', 'place', 'hamburg']],
      },
      [{ kind: 'protest', title: 'About 2,000 people protest in Hamburg' }],
    ],
    [
      'a German arrest with a separable verb (unseen story)',
      'de',
      { text: 'Die Polizei nahm zwei Personen fest.' },
      [{ kind: 'arrest', title: '2 people arrested' }],
    ],
    [
      'a visit followed by a hedged promise (unseen story)',
      'en',
      {
        text: 'Prime Minister Pedro Sánchez visited the crisis centre in Valencia on Thursday and said that the army would help with the search.',
        times: [day('2024-10-31', 'on Thursday')],
        mentions: [
          ['Pedro Sánchez', 'actor', 'pedro-sanchez'],
          ['Valencia', 'place', 'valencia'],
        ],
      },
      [{ kind: 'visit', title: 'Pedro Sánchez visits Valencia' }],
    ],
    [
      'a government named by a common noun (unseen story)',
      'en',
      {
        text: 'The Spanish government declared three days of national mourning on Wednesday.',
        times: [day('2024-10-30', 'on Wednesday')],
      },
      [{ kind: 'emergency', title: 'Spanish government declares national mourning' }],
    ],
    [
      'homes left without electricity (unseen story)',
      'en',
      { text: 'More than 150,000 homes were left without electricity, the grid operator said.' },
      [{ kind: 'disruption', title: 'More than 150,000 homes without electricity' }],
    ],
    [
      'a Dutch verdict counting years (unseen story)',
      'nl',
      {
        text: 'De rechtbank in Den Haag heeft de oud-minister dinsdag veroordeeld tot twee jaar cel.',
        times: [day('2024-03-12', 'dinsdag')],
        mentions: [['Den Haag', 'place', 'the-hague']],
      },
      [{ kind: 'verdict', title: 'Court passes sentence' }],
    ],
  ])('%s', (_name, lang, spec, expected) => {
    const found = one(lang, spec).map((c) => ({ kind: c.kind, title: c.title }));
    expect(found.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual(
      [...expected].sort((a, b) => a.kind.localeCompare(b.kind)),
    );
  });

  it.each<[string, string, SentenceSpec]>([
    [
      'an opinion quote',
      'en',
      {
        text: '“It seems to me that the Kazakh authorities have the capacity to deal with this type of protest in a reasonable way,” he said.',
      },
    ],
    [
      'background about influence',
      'en',
      {
        text: 'Kazakhs are dissatisfied with the policies of the current president and his authoritarian predecessor Nursultan Nazarbayev, who at the age of 81 still has a lot of influence.',
        mentions: [['Nursultan Nazarbayev', 'actor', 'nursultan-nazarbayev']],
      },
    ],
    ['a heading', 'en', { text: 'Former head of security service arrested' }],
    ['a teaser', 'en', { text: 'Also read: Seven questions about the revolt in Kazakhstan' }],
    ['a speculation', 'en', { text: 'It was feared that there could now be many more civilian deaths.' }],
    [
      'an expectation',
      'de',
      { text: 'Am Samstag wird erwartet, dass die Behörden weitere Informationen zu den Toten geben.' },
    ],
  ])('reports no happening for %s', (_name, lang, spec) => {
    expect(one(lang, spec)).toEqual([]);
  });
});
