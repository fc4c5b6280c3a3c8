/**
 * "A 24-year-old man died at the scene", "Ein Feuerwehrmann wurde schwer verletzt", "eine
 * Angestellte wurde leicht verletzt": a clause whose subject is one person introduced by an
 * indefinite article, befallen by the trigger (a passive, or a verb of dying), tells of one person,
 * not of "people". "An explosion injured workers" does not: its subject acts.
 */

/** Where a clause begins: after a comma, semicolon or colon, or a joining "and". */
const CLAUSE_BREAK = /[,;:]|\s(?:and|und|en)\s/gu;

/** An indefinite article or "one", then up to four words: the clause's subject and its auxiliary. */
const ONE_SUBJECT = /^\s*(?:an?|one|ein|eine|einer|een)\s+(?:[\p{L}\d’'-]+\s+){1,4}$/iu;

/** A passive's auxiliary among those words, or the verb of "kwam om het leven", "kam ums Leben". */
const AUXILIARY = /(?<![\p{L}])(?:was|is|has\s+been|wurde|ist|werd|kwam|kam)(?![\p{L}])/iu;

/** Verbs of dying, which befall their subject. */
const DYING = /^(?:died|dies|starb|stirbt|overleed|overlijdt)(?![\p{L}])/iu;

/**
 * Dutch and German put the auxiliary before the subject after an opening word or phrase: "Dabei
 * wurde ein Polizist getötet", "Gisteren werd een agent neergestoken".
 */
const INVERTED =
  /^\s*(?:[\p{L}\d’'-]+\s+){1,3}(?:wurde|ist|werd|kwam|kam)\s+(?:ein|eine|einer|een)\s+(?:[\p{L}\d’'-]+\s+){1,3}$/iu;

/** Whether the trigger at `start` befalls one person the clause introduces with an indefinite article. */
export function befallsOnePerson(text: string, start: number): boolean {
  const before = text.slice(0, start);
  // The trigger's clause begins after the last break before it.
  let from = 0;
  for (const brk of before.matchAll(CLAUSE_BREAK)) from = brk.index + brk[0].length;
  const clause = before.slice(from);
  return (
    INVERTED.test(clause) ||
    (ONE_SUBJECT.test(clause) && (AUXILIARY.test(clause) || DYING.test(text.slice(start))))
  );
}
