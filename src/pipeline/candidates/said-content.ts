import { QUOTATION } from './quotes.ts';

/**
 * "Blinken said … that the United States “wants to learn more” about Russian soldiers traveling to
 * Kazakhstan", "“It seems to me that the Kazakh authorities … have the capacity …,” he said", "He
 * urged the foreign troops and the Kazakh authorities to abide by …": those a saying speaks of,
 * quotes or appeals to did not say it. The parts of a statement's sentence that tell what was said
 * or whom it was said to, not who said it.
 */
type Span = [number, number];

/** The word that opens what was said after the saying's verb: "said … that", "zei … dat", "sagte, dass". */
const THAT: Record<string, RegExp> = {
  en: /(?<![\p{L}])that(?![\p{L}])/iu,
  nl: /(?<![\p{L}])dat(?![\p{L}])/iu,
  de: /(?<![\p{L}])dass(?![\p{L}])/iu,
};

/**
 * Those a saying appeals to, between its verb and what they are to do: "urged the foreign troops
 * … to abide", "riep de autoriteiten op", "forderte die Behörden auf".
 */
const ADDRESSED: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:urged|urges|called\s+on|calls\s+on|appealed\s+to|asked)\s+([^.;:]{1,80}?)\s+to(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:riep|riepen|roept|drong\s+er\s+bij)\s+([^.;:]{1,80}?)\s+(?:op|aan)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:forderte|forderten|fordert|rief|riefen|ruft)\s+([^.;:,]{1,80}?)\s+auf(?![\p{L}])/u,
};

/** English verbs of saying: what follows them is what was said ("said the United States …"). */
const SAYS =
  /(?<![\p{L}])(?:said|says|say|told|tells|added|adds|stated|states|warned|warns|wrote|writes|insisted|insists|stressed|stresses|noted|notes|explained|explains)(?![\p{L}])/iu;

/**
 * The spans of `text` that tell what the saying whose trigger starts at `at` said, or to whom. An
 * English speaker named before the saying says all that follows its verb, with "that" or without
 * ("Blinken said the United States “wants to know more” about the Russian troops’ trip"); Dutch
 * and German put the speaker after the verb as often ("zei Blinken"), so there only "dat" and
 * "dass" open it. A verb that is no saying ("congratulated Lukashenko") has its object, not a tale.
 */
export function spokenOfSpans(text: string, lang: string, at: number, speakerBefore: boolean): Span[] {
  const spans: Span[] = [];
  // Every quotation, also one "that" opens: its names are spoken of either way.
  for (const m of text.matchAll(QUOTATION)) spans.push([m.index, m.index + m[0].length]);
  const said = lang === 'en' && speakerBefore ? SAYS.exec(text.slice(at)) : null;
  const that = THAT[lang]?.exec(text.slice(at));
  if (said) spans.push([at + said.index + said[0].length, text.length]);
  else if (that) spans.push([at + that.index, text.length]);
  const addressed = ADDRESSED[lang]?.exec(text);
  if (addressed?.[1] !== undefined) {
    const start = addressed.index + addressed[0].indexOf(addressed[1]);
    spans.push([start, start + addressed[1].length]);
  }
  return spans;
}
