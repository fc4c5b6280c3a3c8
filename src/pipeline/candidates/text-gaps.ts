/** Patterns for the text between two words of a sentence. */

/** Nothing but blanks. */
export const BLANK = /^\s*$/;

/**
 * Between a subject and its verb: blanks, or an English perfect's auxiliary ("Scholz had dismissed
 * the finance minister …"), after which the object still follows the verb.
 */
export const SUBJECT_VERB_GAP = /^\s*(?:(?:had|has|have)\s+)?$/;

/** The word right after some blanks (letters and hyphens). */
export const NEXT_WORD = /^\s+([\p{L}-]+)/u;

/**
 * Between a fronted verb and its subject: the verb, then perhaps an article and one more word (a
 * title if the subject is a person): "beloofde de …", "entließ Kanzler …".
 */
export const FRONTED_GAP = /^\S+\s+(?:(?:de|het|die|der|das|den|the)\s+)?(?:([\p{L}-]+)\s+)?$/iu;

/**
 * Right after a German subject: an object in the accusative that no name stands for ("suspendierte
 * Richter Moraes den Gouverneur"), the one the happening befell.
 */
export const UNNAMED_ACCUSATIVE = /^\s+(?:den|einen|seinen|ihren)\s+\p{Lu}/u;

/**
 * Between a name and the verb of the relative clause it opens: "Shahabuddin, who dissolved …",
 * "Shahabuddin, der am Dienstag das Parlament auflöste": the name is that verb's subject. A few
 * words may come first, but not a verb of saying, after which the clause reports someone else's deed.
 */
export const RELATIVE_SUBJECT_GAP =
  /^,\s+(?:who|die|der|welche|welcher)\s+(?:(?!said\b|says\b|zei\b|zegt\b|sagte\b|sagt\b)[\p{L}\d.]+\s+){0,4}$/iu;

/**
 * Right before a verb that shares its subject with the one before it: "accepted the resignation of
 * X's cabinet and appointed Y", "…en benoemde Y", "…und ernannte Y".
 */
export const COORDINATED_VERB = /\s(?:and|en|und)\s+$/i;
