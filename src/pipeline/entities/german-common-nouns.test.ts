import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (sentence: string) => mentionsOf(stage, 'de', [sentence])[0]?.map((m) => m.text);

describe('a German common noun before or inside a name is no part of it', () => {
  it.each<[string, string[]]>([
    ['Die Großbank übernimmt die angeschlagene Konkurrentin Credit Suisse.', ['Credit Suisse']],
    [
      'Seine Nachfolgerin Ursula von der Leyen sprach am Montag in Brüssel.',
      ['Ursula von der Leyen', 'Brüssel'],
    ],
    ['Die Aktivistin Greta Thunberg wurde am Freitag festgenommen.', ['Greta Thunberg']],
    ['Valentin Schmidt sagte am Montag, die Lage sei ernst.', ['Valentin Schmidt']],
    ['Die Suezkanal-Behörde teilte am Dienstag mit, der Verkehr laufe wieder.', ['Suezkanal']],
    ['Die Siemens-Aktie verlor am Freitag mehr als ein Drittel ihres Wertes.', []],
    ['Die Wirecard-Aktien brachen am Donnerstag um 60 Prozent ein.', ['Wirecard']],
    ['Von dort hatte er am Donnerstag seinen Rücktritt per E-Mail eingereicht.', []],
    ['Die Bank zahlt drei Milliarden Franken an ihre Aktionäre.', []],
    [
      'Er hatte seine Waffen offenbar zum Teil selbst gebaut, in seinem Auto fanden die Ermittler mehrere Kilogramm Sprengstoff.',
      [],
    ],
    ['Die Ampel-Koalition ist nach knapp drei Jahren am Ende.', []],
    [
      'Am Freitag hatte ein fehlerhaftes Update der US-Sicherheitsfirma CrowdStrike Millionen Windows-Rechner lahmgelegt.',
      ['US', 'CrowdStrike'],
    ],
    [
      'Am Mittwoch hatte die Polizei nach Augenzeugenberichten Wasserwerfer gegen Demonstranten eingesetzt.',
      [],
    ],
    ['Die Polizei ging mit Schlagstöcken Tränengas und Gummigeschossen gegen Demonstranten vor.', []],
    [
      'Nach Verhandlungen mit Frank-Walter Steinmeier stimmte die Partei dem Vertrag zu.',
      ['Frank-Walter Steinmeier'],
    ],
    [
      'Ein Treffen mit Huawei Technologies fand am Montag in Berlin statt.',
      ['Huawei Technologies', 'Berlin'],
    ],
    ['Kurz davor sei innerhalb von anderthalb Sekunden Erzeugungsleistung weggefallen.', []],
    ['Er werde von den privaten Stromkonzernen Rechenschaft verlangen, sagte er.', []],
    ['Die britische Großbank HSBC übernahm die britische Tochter der SVB.', ['HSBC', 'SVB']],
    ['Am Sonntag hatte die türkische Katastrophenschutzbehörde AFAD die Suche eingestellt.', ['AFAD']],
    ['Der französische Staatskonzern EDF meldete am Montag Verluste.', ['EDF']],
    ['Der deutsche Konzern Siemens AG meldete am Montag Gewinne.', ['Siemens AG']],
  ])('“%s” names %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});
