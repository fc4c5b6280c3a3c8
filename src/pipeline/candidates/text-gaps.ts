/** Patterns for the text between two words of a sentence. */

/** Nothing but blanks. */
export const BLANK = /^\s*$/;

/** The word right after some blanks (letters and hyphens). */
export const NEXT_WORD = /^\s+([\p{L}-]+)/u;

/**
 * Between a fronted verb and its subject: the verb, then perhaps an article and one more word (a
 * title if the subject is a person): "beloofde de …", "entließ Kanzler …".
 */
export const FRONTED_GAP = /^\S+\s+(?:(?:de|het|die|der|das|den|the)\s+)?(?:([\p{L}-]+)\s+)?$/iu;
