import { describe, expect, it } from 'vitest';
import type { Lang } from './lexicon.ts';
import { weakPastMarkers } from './weak-past.ts';

function pasts(lang: Lang, sentence: string): string[] {
  const found = weakPastMarkers(lang, sentence);
  const words: string[] = [];
  for (let i = 0; i + 1 < found.length; i += 2) words.push(sentence.slice(found[i], found[i + 1]));
  return words;
}

describe('a weak simple past read by its shape', () => {
  it.each<[Lang, string, string[]]>([
    [
      'de',
      'Ermittler durchsuchten am Donnerstag die Räume des Ministeriums und beschlagnahmten mehrere Computer.',
      ['durchsuchten', 'beschlagnahmten'],
    ],
    [
      'de',
      'Am Donnerstag demonstrierten in Stuttgart etwa 2.000 Beschäftigte gegen die Pläne.',
      ['demonstrierten'],
    ],
    ['de', 'Die Demonstranten forderten den Rücktritt Mazóns.', ['forderten']],
    ['de', 'Die Bundeswehr löste am Freitag militärischen Katastrophenalarm aus.', ['löste']],
    [
      'de',
      'Justizminister Marco Buschmann und Bildungsministerin Bettina Stark-Watzinger reichten am Donnerstag ihren Rücktritt ein.',
      ['reichten'],
    ],
    ['de', 'In Kasachstan herrschte am Montag Staatstrauer für die Opfer der Unruhen.', ['herrschte']],
    [
      'de',
      'Am Samstag veröffentlichte sie ein Video, das die Angreifer in der Halle zeigen soll.',
      ['veröffentlichte'],
    ],
    [
      'de',
      'Schwer bewaffnete Polizisten umstellten die Klinik, über dem Gelände kreiste ein Hubschrauber.',
      ['umstellten', 'kreiste'],
    ],
    [
      'de',
      'Der Inlandsgeheimdienst FSB stellte am Dienstag das Strafverfahren wegen bewaffneten Aufstands ein.',
      ['stellte'],
    ],
    [
      'de',
      'US-Außenminister Antony Blinken telefonierte mit seinem kasachischen Amtskollegen.',
      ['telefonierte'],
    ],
    ['nl', 'De betogers eisten het aftreden van regiopresident Carlos Mazón.', ['eisten']],
    [
      'nl',
      'Maandagavond meldde ook de exploitant van Nord Stream 1 een drukval in beide leidingen.',
      ['meldde'],
    ],
    [
      'nl',
      'Donderdagavond blokkeerden honderden boeren met trekkers de snelweg A12 bij Utrecht.',
      ['blokkeerden'],
    ],
    ['nl', 'Premier Sheikh Hasina trad maandag af en vluchtte naar India.', ['vluchtte']],
    [
      'nl',
      'Het containerschip Dali ramde dinsdagnacht een pijler van de brug, waarna een groot deel van de brug instortte.',
      ['ramde', 'instortte'],
    ],
    [
      'nl',
      'Honderden relschoppers bekogelden een moskee met stenen en flessen en staken een politiebusje in brand.',
      ['bekogelden'],
    ],
    ['nl', 'Woensdag werkte het mobiele internet in Minsk weer.', ['werkte']],
  ])('[%s] “%s” tells its past in %j', (lang, sentence, expected) => {
    expect(pasts(lang, sentence)).toEqual(expected);
  });

  it.each<[Lang, string]>([
    [
      'de',
      'Die Ereignisse vom Wochenende gelten als größte Herausforderung für Putin seit seinem Amtsantritt.',
    ],
    ['de', 'Über eine Videoverbindung halten sie Kontakt zu ihren Familien.'],
    ['de', '"Die Ägypter haben heute eine Krise beendet", schrieb er auf Twitter.'],
    ['de', 'Eine zweite Explosion erschüttert das Stadion.'],
    ['de', 'Der Bohrer "Plan B" hatte Mitte September mit der Arbeit begonnen.'],
    ['de', 'Die nächste Zinssitzung ist für den 14. September geplant.'],
    ['de', 'Schulen wurden aufgefordert, ihre Türen geschlossen zu halten.'],
    ['nl', 'Het is de tweede dode sinds het begin van de protesten.'],
    ['nl', 'Hij zei na afloop dat er "geen ruimte" is om de regels uit te stellen.'],
    ['nl', 'Zij moeten de afgesloten gebieden bewaken.'],
    ['nl', '07:20 – Vannacht waren in Almaty opnieuw schoten te horen, melden ooggetuigen.'],
    ['nl', 'Doden bij protesten in Peru, Boluarte wil vervroegde verkiezingen'],
    ['nl', 'De derde man op de bewakingsbeelden, de man met het hoedje, is nog altijd spoorloos.'],
    ['nl', 'De laatste redding wordt vannacht Nederlandse tijd verwacht.'],
    [
      'nl',
      'Update 12:10: Bij de onrust zijn volgens het ministerie van Binnenlandse Zaken 26 gewapende aanvallers gedood.',
    ],
  ])('[%s] “%s” has no weak past, whatever ends like one', (lang, sentence) => {
    expect(pasts(lang, sentence)).toEqual([]);
  });
});
