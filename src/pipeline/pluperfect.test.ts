/**
 * A weekday told in the pluperfect lies before what a report tells in the simple past: an undated
 * German report of a Sunday that tells "Yoon hatte am Dienstagabend das Kriegsrecht verhängt" was
 * not written on the following Tuesday, though a same-story report of that Tuesday shares most.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { newsInPluperfect, pluperfectConflict, toldInPluperfect } from './pluperfect.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';

function prepare(id: string, text: string, lang = 'en'): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

describe('toldInPluperfect', () => {
  it.each<[string, boolean]>([
    ['Yoon hatte am Dienstagabend überraschend das Kriegsrecht verhängt.', true],
    ['Eerder op zaterdag had Yoon in een korte televisietoespraak excuses aangeboden.', true],
    ['Yoon had declared martial law on Tuesday night.', true],
    ['Yoon declared emergency martial law at about 10:25 p.m. on Tuesday.', false],
    ['The ministers had talks on Tuesday.', false],
    ['Der Minister hatte am Dienstag keine Zeit.', false],
    ['Hij had dinsdag geen tijd.', false],
    ['Massimow war bereits am Donnerstag in Gewahrsam genommen worden.', true],
    ['Der Flughafen war am Mittwoch von Demonstranten besetzt worden.', true],
    ['Der Flughafen war am Mittwoch geschlossen.', false],
    ['Hasina war am Montag nach wochenlangen Protesten zurückgetreten und nach Indien geflohen.', true],
    ['Die Ministerin war bereits am Freitag nach Kiew gereist.', true],
    ['Premier Hasina was maandag al afgetreden en naar India gevlucht.', true],
    [
      'Ein Amtsenthebungsverfahren gegen Yoon war am Samstag gescheitert, weil die Abgeordneten die Abstimmung boykottiert hatten.',
      true,
    ],
    ['De eerste poging om Yoon af te zetten was zaterdag mislukt.', true],
    ['Die Zahl der Toten war am Montag auf 40 gestiegen.', true],
    ['Ein Airbus war am Dienstagabend bei der Landung mit der Maschine der Küstenwache kollidiert.', true],
    ['Der Zug war am Montag bei Riedlingen entgleist.', true],
    ['Het toestel was dinsdag bij de landing neergestort.', true],
    ['De luchthaven was woensdag gesloten.', false],
    ['Het was maandag een van de drukste dagen.', false],
  ])('“%s”: %s', (sentence, expected) => {
    expect(toldInPluperfect(sentence)).toBe(expected);
  });
});

describe('pluperfectConflict', () => {
  const evidence = { past: new Set([0, 2, 3, 6]), earlier: new Set([2]) };

  it('refuses the Tuesday after: the Tuesday told in the pluperfect would be the latest day', () => {
    expect(pluperfectConflict('2024-12-10', evidence)).toMatch(/Tuesday it tells in the pluperfect/);
  });

  it('accepts the Sunday: that Tuesday lies before the Saturday and Sunday told in the simple past', () => {
    expect(pluperfectConflict('2024-12-08', evidence)).toBeNull();
  });
});

describe('an undated German report of the Sunday after martial law was declared', () => {
  const wire = prepare(
    'wire',
    ' date 2024-12-04 SEOUL, Dec 4 (Reuters) - South Korean President Yoon Suk Yeol lifted martial law early on Wednesday. Yoon declared emergency martial law at about 10:25 p.m. on Tuesday. Shortly after 1 a.m. on Wednesday, 190 of the 300 lawmakers voted to lift martial law.',
  );
  const analysis = prepare(
    'analysis',
    ' date 2024-12-10 On December 3, President Yoon Suk Yeol declared emergency martial law. Within two and a half hours, 190 lawmakers voted to lift it. Defence Minister Kim Yong-hyun resigned on Wednesday and was arrested early on Sunday. On Tuesday he tried to take his own life in a detention centre. The first attempt to impeach Yoon failed on Saturday.',
  );
  const german = prepare(
    'german',
    'Südkorea: Amtsenthebung scheitert\n\nDas Parlament hat am Samstag ein Amtsenthebungsverfahren gegen Präsident Yoon Suk Yeol vorerst gestoppt. Yoon hatte am Dienstagabend überraschend das Kriegsrecht verhängt. Nur wenige Stunden später stimmten 190 Abgeordnete für die Aufhebung des Kriegsrechts. Verteidigungsminister Kim Yong-hyun trat am Mittwoch zurück. Am Sonntag wurde er festgenommen.',
    'de',
  );

  it('is dated that Sunday, the earliest day every weekday it tells falls on after the declaration', () => {
    const published = resolvePublished([german, wire, analysis])[0]?.published;
    expect(published).toMatchObject({ date: '2024-12-08', precision: 'day', inferred: true });
    expect(published?.reason).toMatch(
      /analysis \(read from 2024-12-10, the Tuesday it tells in the pluperfect/,
    );
  });
});

describe('newsInPluperfect: the pluperfect stands in the main clause', () => {
  it.each<[string, boolean]>([
    ['The cabinet had ordered port officials to be put under house arrest.', true],
    [
      'The cabinet ordered port officials who had overseen storage and security since 2014 to be put under house arrest.',
      false,
    ],
    ['The ship, which had left the port late on Monday, sank at dawn.', false],
    ['Het kabinet had de havenfunctionarissen al onder huisarrest geplaatst.', true],
    ['Het kabinet plaatste de functionarissen, welke de opslag hadden beheerd, onder huisarrest.', false],
    ['Das Kabinett hatte die Hafenbeamten unter Hausarrest gestellt.', true],
    ['Das Kabinett stellte die Beamten, die seit 2014 die Lager verwaltet hatten, unter Hausarrest.', false],
  ])('“%s” tells its news in the pluperfect: %s', (sentence, expected) => {
    expect(newsInPluperfect(sentence)).toBe(expected);
  });
});
