import { Buffer } from 'node:buffer';

/** A code unit above U+00FF: the text needs two bytes a character whatever V8 does. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, held one byte a character where its characters allow. V8 keeps a slice in its
 * parent's form: every sentence of an article with one curly quote or dash is stored two bytes a
 * character, however plain its own words. On such a string each Unicode class of an expression
 * (\p{L} and the like, in hundreds of the pipeline's expressions) is a call out of the matcher into
 * a search of Unicode's range table, per character tried; on a one-byte string it is a few
 * compares. Latin-1 bytes decoded as Latin-1 come back one byte each, the characters unchanged.
 */
export function oneByte(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
