import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';
import { relativeClause } from './relative-clause.ts';

/** The relative clause the time `text` lies in, as written, or undefined. */
function clauseOf(lang: Lang, sentence: string, text: string): string | undefined {
  const timexes = extractTimexes(sentence, { lang, dct: '2024-12-04', dctPrecision: 'day' });
  const k = timexes.findIndex((t) => t.text === text);
  const t = timexes[k];
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  const clause = relativeClause(lang, sentence, t, timexes[k - 1]);
  return clause && sentence.slice(clause[0], clause[1]);
}

describe('a time in a relative clause on a noun belongs to that clause', () => {
  it.each<[string, Lang, string, string, string]>([
    [
      'an English clause without a pronoun after its noun',
      'en',
      'Yoon lifted the martial law he had declared on Tuesday night.',
      'Tuesday night',
      'he had declared on Tuesday night.',
    ],
    [
      'an English clause opened by "which"',
      'en',
      'Early on Wednesday, Yoon lifted the martial law which he had declared on Tuesday night.',
      'Tuesday night',
      'which he had declared on Tuesday night.',
    ],
    [
      'a Dutch clause without a comma ends at its verb',
      'nl',
      'De president heeft de staat van beleg die hij gisteravond afkondigde weer ingetrokken.',
      'gisteravond',
      'die hij gisteravond afkondigde',
    ],
    [
      'a Dutch clause with a subject of its own',
      'nl',
      'De politie heeft de man die agenten gisteren hadden opgepakt weer vrijgelaten.',
      'gisteren',
      'die agenten gisteren hadden',
    ],
    [
      'a German clause between commas',
      'de',
      'Yoon hob das Kriegsrecht, das er am Dienstagabend verhängt hatte, wieder auf.',
      'Dienstagabend',
      'das er am Dienstagabend verhängt hatte',
    ],
    [
      'a Dutch "die" right before the time\'s preposition opens a clause',
      'nl',
      'Volgens de regering ontplofte 2750 ton ammoniumnitraat die sinds 2014 in hangar 12 van de haven lag opgeslagen.',
      '2014',
      'die sinds 2014 in',
    ],
    [
      'a Dutch passive clause without a comma, right after its noun, runs to the comma before the main verb',
      'nl',
      'De 14-jarige dochter van de vrouw die gistermiddag in haar woning in Delfshaven werd doodgeschoten, is in het ziekenhuis aan haar verwondingen overleden.',
      'gistermiddag',
      'die gistermiddag in haar woning in Delfshaven werd doodgeschoten',
    ],
    [
      'a Dutch clause on the subject runs to the comma before the main verb',
      'nl',
      'De man die gisteren in de Oost-Duitse stad Halle twee mensen doodschoot nadat hij tevergeefs had geprobeerd een synagoge binnen te dringen, is vanochtend per helikopter naar Karlsruhe overgebracht.',
      'gisteren',
      'die gisteren in de Oost-Duitse stad Halle twee mensen doodschoot nadat hij tevergeefs had geprobeerd een synagoge binnen te dringen',
    ],
    [
      'a German relative pronoun right before "seit" after a comma',
      'de',
      'Im Hafen explodierten 2750 Tonnen Ammoniumnitrat, die seit 2014 in einer Lagerhalle lagerten.',
      '2014',
      'die seit 2014 in einer Lagerhalle lagerten.',
    ],
    [
      'a Dutch passive clause after a comma: what was done to the noun it hangs on',
      'nl',
      'De rellen begonnen na de dood van de 17-jarige Nahel, die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.',
      'dinsdag',
      'die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.',
    ],
    [
      'a German passive clause between commas',
      'de',
      'Die Krawalle begannen nach dem Tod des 17-jährigen Nahel, der am Dienstag von einem Polizisten erschossen wurde, in Nanterre.',
      'Dienstag',
      'der am Dienstag von einem Polizisten erschossen wurde',
    ],
    [
      'an English passive infinitive after the time ends the clause',
      'en',
      'The cabinet ordered port officials who had overseen storage and security since 2014 to be put under house arrest, ministerial sources told Reuters.',
      '2014',
      'who had overseen storage and security since 2014',
    ],
  ])('%s', (_, lang, sentence, time, clause) => {
    expect(clauseOf(lang, sentence, time)).toBe(clause);
  });
});

describe('a time outside such a clause dates the sentence as before', () => {
  it.each<[string, Lang, string, string]>([
    [
      'a clause of the main clause’s doers, which shares its day',
      'en',
      'Police opened fire on demonstrators who stormed parliament on Tuesday.',
      'Tuesday',
    ],
    ['what someone said happened', 'en', 'The army said it had withdrawn on Monday.', 'Monday'],
    [
      'a clause opened by "that", which may say what was said',
      'en',
      'He said that troops left on Monday.',
      'Monday',
    ],
    [
      'the second time after a clause’s pronoun, in the main clause again',
      'en',
      'The man who was arrested on Monday was released on Tuesday.',
      'Tuesday',
    ],
    ['a Dutch "die" that points to a noun', 'nl', 'In die stad werd gisteren een man opgepakt.', 'gisteren'],
    [
      'a Dutch "die" in the passive without a comma before it, which points to a noun',
      'nl',
      'Op die dinsdag werd in Nanterre een jongen doodgeschoten.',
      'dinsdag',
    ],
    [
      'a Dutch "die" after a verb, a demonstrative',
      'nl',
      'De politie heeft die man gisteren werd gezocht.',
      'gisteren',
    ],
    [
      'a German article after a comma, before its noun',
      'de',
      'Der Mann wurde freigelassen, die Polizei teilte das am Montag mit.',
      'Montag',
    ],
  ])('%s', (_, lang, sentence, time) => {
    expect(clauseOf(lang, sentence, time)).toBeUndefined();
  });
});
