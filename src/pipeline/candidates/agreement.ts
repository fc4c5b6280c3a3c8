/**
 * Titles are written for one agent ("{agent} makes a statement"); a plural one takes the plural
 * verb: "Police make a statement", "Security forces impose a curfew".
 */

/** Heads of English agent names that take a plural verb. */
const PLURAL_HEADS = new Set(
  (
    'police authorities forces troops officials protesters demonstrators rebels militants workers ' +
    'residents people soldiers prosecutors investigators rescuers firefighters lawmakers ' +
    'republicans democrats senators deputies supporters students voters'
  ).split(' '),
);

/** The name's head: the word before its "of" ("Ministry of Foreign Affairs"), else its last word. */
function head(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

export function isPluralAgent(name: string): boolean {
  return PLURAL_HEADS.has(head(name));
}

const IRREGULAR: Record<string, string> = { has: 'have', is: 'are', was: 'were' };

/** The verb opening `rest` (" makes a statement") in the plural (" make a statement"). */
export function pluralVerb(rest: string): string {
  const m = /^(\s+)(\p{Ll}+)/u.exec(rest);
  if (!m) return rest;
  const space = m[1] ?? '';
  const verb = m[2] ?? '';
  let plural = IRREGULAR[verb];
  if (plural === undefined) {
    if (!verb.endsWith('s') || verb.endsWith('ss')) return rest;
    if (/(?:ch|sh|ss|x|zz)es$/.test(verb)) plural = verb.slice(0, -2);
    else if (/[^aeiou]ies$/.test(verb)) plural = `${verb.slice(0, -3)}y`;
    else plural = verb.slice(0, -1);
  }
  return space + plural + rest.slice(m[0].length);
}
