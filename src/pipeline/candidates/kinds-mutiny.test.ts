/**
 * An armed mutiny as en, nl and de outlets tell it: a military headquarters or a city taken, an
 * advance on the capital, aircraft shot down, a counter-terrorism regime declared and lifted, a
 * deal brokered, fighters turned back, a criminal case opened and dropped, a televised address;
 * and what only names such happenings: a promise that a case will be dropped, an accusation of
 * killing, a minute of silence for the dead.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const WAGNER: MentionSpec = ['Wagner', 'actor', 'wagner-group'];
const PRIGOZHIN: MentionSpec = ['Prigozhin', 'actor', 'prigozhin'];
const ROSTOV = (name: string): MentionSpec => [name, 'place', 'rostov'];
const MOSCOW = (name: string): MentionSpec => [name, 'place', 'moscow'];

describe('the happenings of a mutiny are reported with titles a reader signs', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'In a video filmed in Rostov on Saturday morning, Prigozhin said his fighters had taken over the headquarters of the Southern Military District without firing a shot.',
      'occupation',
      'Military headquarters seized in Rostov',
      [ROSTOV('Rostov')],
    ],
    [
      'de',
      'Die Wagner-Truppen hatten in der Nacht das Hauptquartier des südlichen Militärbezirks in Rostow am Don besetzt.',
      'occupation',
      'Wagner Group seizes the military headquarters in Rostov',
      [WAGNER, ROSTOV('Rostow am Don')],
    ],
    [
      'en',
      'Yevgeny Prigozhin ordered his fighters to turn back on Saturday evening, after they had advanced to within 200 kilometers (125 miles) of Moscow.',
      'withdrawal',
      'Prigozhin orders his fighters to turn back',
      [PRIGOZHIN, MOSCOW('Moscow')],
    ],
    [
      'de',
      'Anschließend rückte eine Kolonne über die Autobahn M4 Richtung Norden vor.',
      'advance',
      'Armed advance',
      [],
    ],
    [
      'nl',
      'Onderweg schoten de huurlingen volgens Russische bronnen zes helikopters en een Il-22 commandovliegtuig neer; daarbij kwamen vijftien militairen om het leven.',
      'shootdown',
      'Aircraft shot down',
      [],
    ],
    [
      'en',
      'During the advance, Wagner forces shot down several military helicopters and an Il-22 command plane, Russian military bloggers said.',
      'shootdown',
      'Wagner shoots down aircraft',
      [WAGNER],
    ],
    [
      'nl',
      'In Moskou is een antiterreurregime afgekondigd.',
      'emergency',
      'Counter-terrorism regime declared in Moscow',
      [MOSCOW('Moskou')],
    ],
    [
      'de',
      'Moskaus Bürgermeister Sergej Sobjanin hob das Anti-Terror-Regime in der Hauptstadt am Montag auf.',
      'emergency-lifted',
      'Counter-terrorism regime lifted',
      [],
    ],
    [
      'en',
      'The deal was brokered by Belarusian President Alexander Lukashenko.',
      'agreement',
      'Alexander Lukashenko brokers a deal',
      [['Alexander Lukashenko', 'actor', 'lukashenko']],
    ],
    [
      'en',
      "Russia's FSB security service opened a criminal case against Prigozhin on Friday night on charges of calling for an armed mutiny.",
      'investigation',
      'Prigozhin charged',
      [PRIGOZHIN],
    ],
    [
      'de',
      'Der Inlandsgeheimdienst FSB stellte am Dienstag das Strafverfahren wegen bewaffneten Aufstands ein.',
      'charges-dropped',
      'Charges dropped',
      [],
    ],
    [
      'nl',
      'President Poetin sprak vanochtend in een televisietoespraak van verraad.',
      'statement',
      'Putin gives a televised address',
      [['Poetin', 'actor', 'putin']],
    ],
  ])('[%s] “%s” is %s, titled “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-06-24', mentions)).toContainEqual({ kind, title });
  });
});

it('[nl] a city “ingenomen” by mercenaries is taken', () => {
  const text =
    'De huurlingen van de Wagner-groep hebben vannacht de Zuid-Russische stad Rostov aan de Don ingenomen.';
  expect(kindsAndTitles('nl', text, '2023-06-24').map((c) => c.kind)).toContain('occupation');
});

describe('what only names a happening reports none', () => {
  it.each<[string, string, string, string]>([
    [
      'a case the Kremlin says will be dropped is not yet dropped',
      'de',
      'Kremlsprecher Dmitri Peskow sagte, das Strafverfahren gegen Prigoschin werde eingestellt, er werde nach Belarus ausreisen.',
      'charges-dropped',
    ],
    [
      'a Dutch case that "zou worden geseponeerd" is not yet dropped',
      'nl',
      'Prigozjin zou naar Wit-Rusland vertrekken; de strafzaak tegen hem zou worden geseponeerd.',
      'charges-dropped',
    ],
    [
      'an accusation of killing reports no death',
      'en',
      'He accused the defence ministry of killing large numbers of his fighters in a missile strike on their camps.',
      'death',
    ],
    [
      'a minute of silence for the pilots who were killed reports no death',
      'en',
      'He asked for a minute of silence for the pilots who were killed during the rebellion.',
      'death',
    ],
    [
      'a city that braced for an attack was not attacked',
      'en',
      'Moscow had braced for an attack on Saturday: troops set up checkpoints on the city’s southern outskirts.',
      'attack',
    ],
  ])('%s', (_name, lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2023-06-24').map((c) => c.kind)).not.toContain(kind);
  });
});

describe('a measure said to remain in force is no report of its taking', () => {
  it.each<[string, string]>([
    ['en', 'The counter-terrorism regime remained in force on Sunday.'],
    ['de', 'Das Anti-Terror-Regime blieb in Kraft.'],
  ])('[%s] “%s” declares nothing', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-25').map((c) => c.kind)).not.toContain('emergency');
  });
});
