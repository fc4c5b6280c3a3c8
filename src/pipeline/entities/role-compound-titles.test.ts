import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a role compound that opens a sentence is a title, not part of the name', () => {
  it.each([
    [
      "a German 'Oppositionsführer Lewan Beridse' names Lewan Beridse",
      'de',
      'Oppositionsführer Lewan Beridse war am Dienstagmorgen in seiner Wohnung in Tiflis festgenommen worden.',
      'Lewan Beridse',
    ],
    [
      "a Dutch 'Buitenlandchef Kaja Kallas' names Kaja Kallas",
      'nl',
      "Buitenlandchef Kaja Kallas noemde het uiteenslaan van vreedzame betogers 'onaanvaardbaar'.",
      'Kaja Kallas',
    ],
    [
      "a Dutch 'Oppositieleider Levan Beridze' names Levan Beridze",
      'nl',
      'Oppositieleider Levan Beridze werd gisterochtend in zijn woning aangehouden.',
      'Levan Beridze',
    ],
    [
      "a Dutch 'Nobelprijswinnaar Muhammad Yunus' names Muhammad Yunus",
      'nl',
      'Nobelprijswinnaar Muhammad Yunus wordt de leider van de overgangsregering.',
      'Muhammad Yunus',
    ],
    [
      "a German 'Friedensnobelpreisträger Muhammad Yunus' names Muhammad Yunus",
      'de',
      'Der Friedensnobelpreisträger Muhammad Yunus soll die Übergangsregierung führen.',
      'Muhammad Yunus',
    ],
    [
      "a German declined 'den venezolanischen Oppositionskandidaten Edmundo González' names Edmundo González",
      'de',
      'Ein Gericht hat am Montag einen Haftbefehl gegen den venezolanischen Oppositionskandidaten Edmundo González erlassen.',
      'Edmundo González',
    ],
    [
      "a German declined 'des Fraktionsvorsitzenden Anna Weber' names Anna Weber",
      'de',
      'Die Rede des Fraktionsvorsitzenden Anna Weber dauerte eine Stunde.',
      'Anna Weber',
    ],
    [
      "a German 'Seine Mutter Ljudmila Nawalnaja' names Ljudmila Nawalnaja, not a 'Mutter Ljudmila'",
      'de',
      'Seine Mutter Ljudmila Nawalnaja hatte tagelang um die Herausgabe gekämpft.',
      'Ljudmila Nawalnaja',
    ],
    [
      "a German 'die Witwe Julia Meier' names Julia Meier",
      'de',
      'Am Freitag sprach die Witwe Julia Meier vor Journalisten.',
      'Julia Meier',
    ],
    [
      "a German 'Der SPD-Politiker Lars Klingbeil' names Lars Klingbeil, not a 'SPD-Politiker Lars Klingbeil'",
      'de',
      'Der SPD-Politiker Lars Klingbeil sagte am Montag, die Lage sei ernst.',
      'Lars Klingbeil',
    ],
    [
      "a German 'Bahn-Personalvorstand Martin Seiler' names Martin Seiler",
      'de',
      'Bahn-Personalvorstand Martin Seiler nannte den Streik "völlig überzogen".',
      'Martin Seiler',
    ],
    [
      "an English 'Coach Bert van Marwijk' names Bert van Marwijk",
      'en',
      'Coach Bert van Marwijk said after the match that he was "proud but disappointed".',
      'Bert van Marwijk',
    ],
    [
      "a Dutch 'bondscoach Ronald Koeman' names Ronald Koeman",
      'nl',
      'Volgens bondscoach Ronald Koeman was het een zware avond.',
      'Ronald Koeman',
    ],
    [
      "a Dutch 'D66-politicus Rob Jetten' names Rob Jetten",
      'nl',
      'Volgens D66-politicus Rob Jetten is de situatie ernstig.',
      'Rob Jetten',
    ],
    [
      "a German 'Geschäftsführerin Anna Weber' names Anna Weber",
      'de',
      'Geschäftsführerin Anna Weber kündigte am Montag den Abbau von 300 Stellen an.',
      'Anna Weber',
    ],
    [
      "a German 'Armeechef Waker-Uz-Zaman' keeps the whole hyphenated name, though 'waker' is a Dutch word",
      'de',
      'Armeechef Waker-Uz-Zaman wandte sich am Nachmittag in einer Fernsehansprache an die Nation.',
      'Waker-Uz-Zaman',
    ],
    [
      "an English 'army chief Gen Waker-Uz-Zaman' names the general without his shortened rank",
      'en',
      'Hours earlier army chief Gen Waker-Uz-Zaman said he would talk to the president.',
      'Waker-Uz-Zaman',
    ],
    [
      "an English 'chief executive, Pier Luigi Foschi' names Pier Luigi Foschi, not a 'Luigi Foschi'",
      'en',
      'On Monday Costa\'s chief executive, Pier Luigi Foschi, blamed "human error", saying the captain had made an unauthorized deviation from the programmed route.',
      'Pier Luigi Foschi',
    ],
  ])('%s', (_name, language, sentence, name) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(found?.map((m) => m.text)).toContain(name);
  });
});
