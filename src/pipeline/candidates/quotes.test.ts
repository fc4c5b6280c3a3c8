import { describe, expect, it } from 'vitest';
import { isQuoted, quotedSpans } from './quotes.ts';

/** Whether `word` in `sentence` counts as quoted words rather than a report. */
function quoted(sentence: string, word: string): boolean {
  const start = sentence.indexOf(word);
  return isQuoted(quotedSpans(sentence), start, start + word.length);
}

describe('words inside a quotation or its translation report nothing', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the German translation in brackets after a Spanish placard slogan is still the slogan',
      'Auf Plakaten stand „Mazón dimisión" (Mazón, Rücktritt) und „Wir sind voller Schlamm".',
      'Rücktritt',
      true,
    ],
    [
      'an English gloss after a quoted chant is still the chant',
      'Protesters chanted "Fuera Maduro" (Maduro out) outside the palace.',
      'out',
      true,
    ],
    [
      'a Dutch placard with its translation is the placard',
      'Op borden stond "Dimisión ya" (ontslag nu) te lezen.',
      'ontslag',
      true,
    ],
    [
      'brackets further on, not right after the quotation, are the reporter’s words',
      'Er sagte „Wir bleiben hier" und trat dann zurück (am Freitag).',
      'zurück',
      false,
    ],
    [
      'a quotation “that” opens is the police’s clause told as the report',
      'Police in Almaty said on Thursday that "dozens of attackers were liquidated" overnight as they tried to storm police buildings.',
      'liquidated',
      false,
    ],
    [
      'a Dutch quotation “dat” opens is the report too',
      'De politie meldde donderdag dat "tientallen aanvallers zijn geliquideerd".',
      'geliquideerd',
      false,
    ],
    [
      'a quotation a verb of saying opens is still the speaker’s words',
      'Tokajew sagte: "Die Angreifer wurden liquidiert."',
      'liquidiert',
      true,
    ],
    [
      'words after a quotation without brackets are the report',
      'Sie riefen „Rücktritt" und der Minister trat zurück.',
      'trat',
      false,
    ],
  ])('%s', (_name, sentence, word, expected) => {
    expect(quoted(sentence, word)).toBe(expected);
  });
});
