/**
 * An English verb in the active voice followed by a counted object: "(a strike that he said) had
 * killed a huge number of his fighters", "killed dozens of civilians". A passive one ("were killed
 * at least …") is left out by the auxiliary before it.
 */
const COUNTED_OBJECT =
  /^\p{L}+\s+["“]?(?:a\s+(?:huge\s+|large\s+|great\s+|small\s+)?number|dozens|hundreds|thousands|scores|at\s+least|more\s+than|\d)/iu;
const PASSIVE_BEFORE = /\b(?:was|were|been|be|being|is|are|got)\s+$/i;

export function killsCounted(text: string, trigger: number): boolean {
  return (
    COUNTED_OBJECT.test(text.slice(trigger, trigger + 48)) &&
    !PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger - 12), trigger))
  );
}
