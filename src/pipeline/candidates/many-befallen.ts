/**
 * "Police arrested several people on suspicion of looting", "Dutzende wurden unter dem Verdacht …
 * festgenommen", "Er werden meerdere verdachten aangehouden": those arrested are many, uncounted,
 * and the arrest is no arrest of one suspect.
 */

/** Where the clause of the arrested begins: a semicolon or colon, or a comma before "and", "but"… */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|en|maar|terwijl|und|aber|während)\s/giu;

/**
 * What the arrested were suspected of, which may count others ("on suspicion of attacking several
 * people", "a man suspected of attacking people").
 */
const SUSPICION = /(?<![\p{L}])(?:suspicion|suspected|verdenking|verdacht|verdächtig\p{L}*)(?![\p{L}])/iu;

const WORD = /[\p{L}’'-]+/gu;

/** Words that count many without a number ("several", "meerdere", "Dutzende"). */
const QUANTIFIERS = new Set(
  (
    'several many numerous multiple dozens hundreds thousands scores various others ' +
    'meerdere verscheidene enkele diverse tientallen honderden duizenden vele anderen ' +
    'mehrere einige zahlreiche viele dutzende hunderte tausende andere'
  ).split(' '),
);

/** Plurals that are people, with or without a quantifier ("arrested people", "verdachten"). */
const PEOPLE = new Set('people persons suspects mensen personen verdachten menschen'.split(' '));

/** A quantifier before these counts time, not people ("arrested several hours later"). */
const TIMES = new Set(
  (
    'minutes hours days weeks months years times minuten uren dagen weken maanden jaren keer ' +
    'minuten stunden tage tagen wochen monate monaten jahre jahren mal'
  ).split(' '),
);

/** Whether the clause of the trigger at `trigger`, before what anyone is suspected of, tells of many people. */
export function befallsMany(text: string, trigger: number): boolean {
  let from = 0;
  for (const brk of text.slice(0, trigger).matchAll(CLAUSE_BREAK)) from = brk.index + brk[0].length;
  const rest = text.slice(from);
  const next = rest.slice(trigger - from).search(CLAUSE_BREAK);
  let clause = next < 0 ? rest : rest.slice(0, trigger - from + next);
  const suspicion = clause.search(SUSPICION);
  if (suspicion >= 0) clause = clause.slice(0, suspicion);
  const words = Array.from(clause.matchAll(WORD), (m) => m[0].toLowerCase());
  return words.some((w, i) => PEOPLE.has(w) || (QUANTIFIERS.has(w) && !TIMES.has(words[i + 1] ?? '')));
}
