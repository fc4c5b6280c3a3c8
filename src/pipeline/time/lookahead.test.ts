import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

function timed(language: string, texts: string[]) {
  return timedAll(language, texts)[0];
}

function timedAll(language: string, texts: string[]) {
  return timeStage(article(language, [texts], { date: '2024-10-31', precision: 'day', inferred: false }))
    .sentences;
}

function timedLast(language: string, texts: string[]) {
  return timedAll(language, texts).at(-1)?.timeFrom;
}

describe('a later sentence lends its day to an undated one only where a reader would take it', () => {
  it.each([
    [
      'people “still missing” are missing now, not on the day rescuers searched',
      'en',
      ['Dozens of people are still missing.', 'Rescuers searched garages in Paiporta on Thursday.'],
    ],
    [
      'Dutch “nog altijd vermist” stands at publication',
      'nl',
      [
        'Nog altijd worden tientallen mensen vermist.',
        'Reddingswerkers doorzochten woensdag garages in Paiporta.',
      ],
    ],
    [
      'German “nach wie vor unklar” stands at publication',
      'de',
      [
        'Die Zahl der Vermissten ist nach wie vor unklar.',
        'Die Rettungskräfte durchsuchten am Mittwoch Garagen.',
      ],
    ],
    [
      'criticism is not dated to the morning the weather service “hatte … ausgerufen” its alert',
      'de',
      [
        'In die Kritik geriet die Regionalregierung von Carlos Mazón.',
        'Der Wetterdienst hatte bereits am Dienstagmorgen die höchste Warnstufe Rot ausgerufen.',
      ],
    ],
    [
      'criticism is not dated to the morning the agency “had issued” its alert',
      'en',
      [
        'Carlos Mazón faces growing criticism.',
        'The weather agency had issued a red alert on Tuesday morning.',
      ],
    ],
    [
      'criticism is not dated to the morning the institute “had … afgegeven” code red',
      'nl',
      [
        'De regionale regering ligt onder vuur.',
        'Het weerinstituut had dinsdagochtend al code rood afgegeven.',
      ],
    ],
    [
      'the storm’s dead are not dated to the morning on which homes were “noch” without power',
      'de',
      [
        'Das Sturmtief hat in mehreren Ländern mindestens zehn Menschen das Leben gekostet.',
        'In Frankreich waren am Freitagmorgen noch mehr als 500.000 Haushalte ohne Strom.',
      ],
    ],
    [
      'nor to the day on which 89 people were “still” missing',
      'en',
      ['The floods killed more than 200 people.', 'On Thursday still 89 people were missing.'],
    ],
    [
      'a count so far “have been detained” is not dated to the day the government resigned',
      'en',
      ['More than 3,000 people have been detained.', 'The government resigned on Wednesday.'],
    ],
    [
      'nor a Dutch “zijn … opgepakt”',
      'nl',
      ['Er zijn ruim 3000 mensen opgepakt.', 'De regering trad woensdag af.'],
    ],
    [
      'nor a German “sind … festgenommen worden”',
      'de',
      ['Mehr als 3000 Menschen sind festgenommen worden.', 'Die Regierung trat am Mittwoch zurück.'],
    ],
    [
      'a death is not dated to the night a road was closed “opnieuw”',
      'nl',
      [
        'In Amsterdam kwam een man om het leven toen een boom op zijn auto viel.',
        'In Lemmer liep een dijk over, waardoor de A6 afgelopen nacht opnieuw werd afgesloten.',
      ],
    ],
    [
      'nor to the Wednesday a road was closed “again”',
      'en',
      ['A man was killed when a tree fell on his car.', 'The A6 was closed again on Wednesday night.'],
    ],
    [
      'nor to the Wednesday a road was closed “erneut”',
      'de',
      ['Ein Mann starb, als ein Baum auf sein Auto fiel.', 'Die A6 wurde am Mittwochabend erneut gesperrt.'],
    ],
    [
      'a toll is not dated to the evening the fire brigade spoke “later”',
      'en',
      [
        'Deputy Transport Minister Edoardo Rixi said at least 22 people had died.',
        'The fire brigade said later in the evening that the number of dead could rise.',
      ],
    ],
    [
      'nor to the evening of “Später am Abend”',
      'de',
      [
        'Der Vize-Minister sagte, mindestens 22 Menschen seien gestorben.',
        'Später am Abend teilte die Feuerwehr mit, die Zahl könne steigen.',
      ],
    ],
    [
      'the hostages freed are not dated to the 2 January on which she had “already” travelled',
      'en',
      [
        '16 hostages were freed.',
        'According to French media reports the woman has however already on 2 January travelled to Turkey and is possibly no more in France at all.',
      ],
    ],
    [
      'nor to a German “bereits am 2. Januar”',
      'de',
      [
        '16 Geiseln wurden befreit.',
        'Die Frau ist laut Medienberichten bereits am 2. Januar in die Türkei gereist.',
      ],
    ],
    [
      'nor to a Dutch “al op 2 januari”',
      'nl',
      ['Zestien gijzelaars werden bevrijd.', 'De vrouw zou al op 2 januari naar Turkije zijn gereisd.'],
    ],
  ])('%s', (_name, lang, texts) => {
    expect(timed(lang, texts)?.when.precision).toBe('before-publication');
  });

  it.each([
    [
      'a vote takes the Wednesday it “had been scheduled for”',
      'en',
      [
        'Lawmakers met anyway and voted 101 to 6, with 10 abstentions, to remove him for "permanent moral incapacity".',
        'The vote had been scheduled for Wednesday afternoon before his announcement.',
      ],
    ],
    [
      'a swap takes the Thursday on which planes “had landed earlier on Thursday”',
      'en',
      [
        'The swap took place at Ankara airport.',
        'Planes carrying the prisoners had landed in the Turkish capital earlier on Thursday.',
      ],
    ],
    [
      'job cuts take the Wednesday of “Das teilte das Unternehmen am Mittwoch mit”',
      'de',
      [
        'Der Autozulieferer Bosch will rund 3.000 Stellen abbauen.',
        'Das teilte das Unternehmen am Mittwoch mit.',
      ],
    ],
    [
      'a count so far takes the day of “hieß es am Samstag”, which says who told it',
      'de',
      [
        'Bei den Protesten sind bislang 41 Menschen getötet worden.',
        'Das hieß es am Samstag im Staatsfernsehen.',
      ],
    ],
  ])('%s', (_name, lang, texts) => {
    expect(timed(lang, texts)?.timeFrom).toBe('context');
  });
});

describe('what still holds takes no day from the sentence before it either', () => {
  it.each([
    [
      'the number of missing “is still unknown” after a toll the authorities “had reported” on Friday',
      'en',
      ['On Friday the authorities had reported 205 deaths.', 'The number of missing is still unknown.'],
      'publication',
    ],
    [
      'German “sind nach wie vor ohne Strom” after Wednesday’s storm stands at publication',
      'de',
      ['Der Sturm traf am Mittwoch die Küste.', 'Tausende Haushalte sind nach wie vor ohne Strom.'],
      'publication',
    ],
    [
      'rescuers who “were still searching” keep the day told before them',
      'en',
      ['The dam broke on Tuesday.', 'Rescuers were still searching for survivors.'],
      'context',
    ],
  ])('%s', (_name, lang, texts, from) => {
    expect(timedLast(lang, texts)).toBe(from);
  });
});

describe('a month or year in the next sentence is background, lending no time to an undated one', () => {
  it.each([
    [
      'nl',
      [
        'Buiten het parlement in Seoul demonstreerden volgens de organisatoren een miljoen mensen.',
        'Veel demonstranten droegen lichtstaafjes, een symbool van de protesten tegen president Park Geun-hye in 2016.',
      ],
    ],
    [
      'en',
      [
        'Tens of thousands of people rallied outside the National Assembly.',
        'Many carried candles, as protesters did against President Park Geun-hye in 2016.',
      ],
    ],
    [
      'de',
      [
        'Vor dem Parlament demonstrierten Zehntausende Menschen.',
        'Viele trugen Kerzen, wie schon bei den Protesten gegen Präsidentin Park Geun-hye im Jahr 2016.',
      ],
    ],
  ])('[%s] the rally outside parliament stays before publication, not in 2016', (lang, texts) => {
    expect(timed(lang, texts)).toMatchObject({
      timeFrom: 'publication',
      when: { precision: 'before-publication' },
    });
  });
});
