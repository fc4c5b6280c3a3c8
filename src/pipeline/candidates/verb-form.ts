/**
 * "After the police arrested him" opens a clause: its verb reports, unlike a noun ("after the
 * arrest"); so does a trigger opened by one ("since the earthquake has crossed into").
 */
const VERB_FORM = /^\S*ed(?:\s|$)/i;

/** Whether the trigger's words open with an English past form ("agreed to buy", "arrested"). */
export function opensWithPastForm(words: string): boolean {
  return VERB_FORM.test(words);
}
