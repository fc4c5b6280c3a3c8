/**
 * Dutch and German write the present plural as the infinitive: "Betogers bestormen het stadhuis",
 * "Demonstranten stürmen das Parlament", as tickers tell what happens. Such a form with more of its
 * clause after it is the finite verb of what happens; the infinitive an attempt or a modal governs
 * stands last ("willen het parlement bestormen", "versuchten, das Parlament zu stürmen", "weil sie
 * das Parlament stürmen wollen"), and one after an article is a noun ("het bestormen van").
 */

/** Right before the form: "te", "zu", or an article that makes it a noun. */
const NOT_FINITE_BEFORE = /(?<![\p{L}])(?:te|zu|het|de|een|das|dem|beim|zum|vom)\s+$/iu;

/** Right after the form: a word, no auxiliary or modal that would make it the infinitive, no "and". */
const CLAUSE_GOES_ON =
  /^\s+(?!(?:wollen|wollten|werden|würden|sollen|sollten|können|konnten|müssen|dürfen|lassen|willen|wilden|zullen|zouden|kunnen|konden|moeten|gaan|laten|und|oder|en|of)(?![\p{L}]))\p{L}/iu;

/** Whether the infinitive's form at [start, end) is a finite present plural here. */
export function finitePresentPlural(text: string, start: number, end: number): boolean {
  if (!/^\p{Ll}/u.test(text.slice(start, start + 1))) return false;
  if (NOT_FINITE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  return CLAUSE_GOES_ON.test(text.slice(end, end + 24));
}
