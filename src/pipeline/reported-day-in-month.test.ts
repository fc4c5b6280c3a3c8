/**
 * A month-only report that tells as past the day of the latest dated report of its story is read
 * in the days after it, by the weekdays it tells; a day it recalls from the story's start, or one
 * no dated report reaches, dates nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';

const STORY = 'src/pipeline/fixtures/stories/pahalgam-attack';

function prepare(id: string, text: string, lang: string): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

/** The dated reports of the story: the attack of 22 April, India's and Pakistan's answers, the strikes of 7 May. */
const DATED = [
  prepare('en_reuters_0423', readFileSync(`${STORY}/en_reuters_0423.txt`, 'utf8'), 'en'),
  prepare('nl_nos_0424', readFileSync(`${STORY}/nl_nos_0424.txt`, 'utf8'), 'nl'),
  prepare('de_tagesschau_0507', readFileSync(`${STORY}/de_tagesschau_0507.txt`, 'utf8'), 'de'),
];

function publishedOf(text: string, lang: string) {
  const report = prepare('report', text, lang);
  return resolvePublished([...DATED, report]).find((a) => a.id === 'report')?.published;
}

describe('a month-only report telling the day of the latest report of its story', () => {
  it.each<[string, string, string, string]>([
    [
      'the Dutch report of Saturday’s ceasefire and Sunday’s calm, after the strikes “op 7 mei”, is of that Sunday',
      'nl',
      readFileSync(`${STORY}/nl_volkskrant_05.txt`, 'utf8'),
      '2025-05-11',
    ],
    [
      'the same report in German, "am 7. Mai", is of that Sunday too',
      'de',
      ' date 2025-05 Waffenruhe zwischen Indien und Pakistan scheint zu halten\n\nNach einer unruhigen Nacht scheint die Waffenruhe zwischen Indien und Pakistan am Sonntag zu halten. In Kaschmir und entlang der Grenze blieb es ruhig.\n\nAm Samstag hatte US-Präsident Donald Trump verkündet, dass die beiden Atommächte eine Waffenruhe geschlossen hätten. Wenige Stunden später warf Indien Pakistan Verstöße vor; in Srinagar waren Explosionen zu hören.\n\nDie Eskalation begann mit dem Anschlag vom 22. April bei Pahalgam, bei dem 26 Menschen ums Leben kamen. Am 7. Mai bombardierte Indien Ziele in Pakistan.\n\nTrump sagte am Sonntag, er wolle mit beiden Ländern an einer Lösung für Kaschmir arbeiten.\n',
      '2025-05-11',
    ],
  ])('%s', (_, lang, text, day) => {
    expect(publishedOf(text, lang)).toMatchObject({ date: day, precision: 'day', inferred: true });
  });

  it.each<[string, string, string]>([
    [
      'a Dutch report recalling only the attack “op 22 april”, the story’s first day, keeps its month',
      'nl',
      ' date 2025-04 Rouw in Kasjmir\n\nIn Srinagar werd zaterdag gerouwd om de doden. Op 22 april schoten gewapende mannen bij Pahalgam 26 mensen dood.\n',
    ],
    [
      'a Dutch report telling “op 9 mei”, which no dated report reaches, keeps its month',
      'nl',
      ' date 2025-05 Drones boven Jammu\n\nOp 9 mei stuurde Pakistan drones naar Jammu. Zaterdag kondigde Donald Trump een wapenstilstand aan, na de aanslag bij Pahalgam met 26 doden.\n',
    ],
  ])('%s', (_, lang, text) => {
    expect(publishedOf(text, lang)?.reason).not.toMatch(/the day of the latest dated report/);
  });
});
