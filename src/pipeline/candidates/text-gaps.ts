/** Patterns for the text between two words of a sentence. */

/** Nothing but blanks. */
export const BLANK = /^\s*$/;

/** The word right after some blanks (letters and hyphens). */
export const NEXT_WORD = /^\s+([\p{L}-]+)/u;
