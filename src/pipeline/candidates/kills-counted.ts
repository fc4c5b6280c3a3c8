/**
 * An English verb in the active voice followed by a counted object: "(a strike that he said) had
 * killed a huge number of his fighters", "killed dozens of civilians"; or by someone the sentence
 * introduces unnamed, with "a" or a possessive: "first opened fire at a home …, killing a
 * 39-year-old woman", "shot dead his neighbour"; or by the one who attacked, named by a noun ("fired
 * back and killed the attacker"). A passive one ("were killed at least …") is left
 * out by the auxiliary before it.
 */
const COUNTED_OBJECT =
  /^\p{L}+\s+(?:dead\s+)?["“]?(?:a\s+(?:huge\s+|large\s+|great\s+|small\s+)?number|dozens|hundreds|thousands|scores|at\s+least|more\s+than|\d|an?\s+\d{1,3}-year-old|(?:his|her|their)\s+(?:\d{1,3}-year-old\s+)?(?:wife|husband|mother|father|daughter|son|neighbour|neighbor|partner|girlfriend|boyfriend)\b|the\s+(?:attacker|assailant|gunman|shooter|perpetrator|hijacker|suspect)\b)/iu;
const PASSIVE_BEFORE = /\b(?:was|were|been|be|being|is|are|got)\s+$/i;

export function killsCounted(text: string, trigger: number): boolean {
  return (
    COUNTED_OBJECT.test(text.slice(trigger, trigger + 64)) &&
    !PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger - 12), trigger))
  );
}
