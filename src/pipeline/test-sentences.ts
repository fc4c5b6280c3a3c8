/** Test support: the sentences of an article given as paragraphs of sentence texts. */
import type { Sentence } from './types.ts';

/** Each paragraph's sentences with the ids and indices the segmenter gives ("p2.s1", 0-based index). */
export function sentencesOf(paragraphs: readonly (readonly string[])[]): Sentence[] {
  let index = 0;
  return paragraphs.flatMap((texts, p) =>
    texts.map((text, s) => ({
      id: `p${p + 1}.s${s + 1}`,
      paragraph: `p${p + 1}`,
      index: index++,
      text,
      start: 0,
      end: text.length,
    })),
  );
}
