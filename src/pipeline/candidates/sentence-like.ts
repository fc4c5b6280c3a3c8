/** Characters a sentence ends with (closing quotes included). */
const SENTENCE_END = '.!?…"”’»“';
const FOUR_WORDS = /^\s*\S+\s+\S+\s+\S+\s+\S/;

/** Headings, captions, teasers and bylines do not end like a sentence. */
export function isSentenceLike(text: string): boolean {
  const trimmed = text.trimEnd();
  return (
    trimmed.length > 0 && SENTENCE_END.includes(trimmed.charAt(trimmed.length - 1)) && FOUR_WORDS.test(text)
  );
}
