/**
 * "Am Freitag traten Bildungsministerin Patricia Correa und Kulturminister Jair Pérez zurück": the
 * happening befell each person listed with the one it befell, their titles between them, so the
 * title names them all in the order written ("Patricia Correa and Jair Pérez resign"), not one.
 */
import { isPersonTitle } from '../entities/name-edges.ts';
import { fold } from '../entities/text.ts';
import type { Mention } from '../types.ts';

/** A comma or "and" between two names of a list, and what follows it up to the second name. */
const SEPARATOR = /^\s*(?:,\s*(?:(?:and|und|en)\s+)?|(?:and|und|en)\s+)([^,]*)$/u;

/** A cheap test before the full pattern: a list has a comma or one of its words between names. */
const LIST_WORD = /,|\b(?:and|und|en)\b/;

const CAPITALISED = /^\p{Lu}/u;

/** Articles and relative pronouns: a clause of its own or a phrase, not a title, opens with one. */
const FUNCTION_WORDS = new Set(
  'the a an who whom which that de het een die dat wie der das den dem des ein eine einen welche welcher'.split(
    ' ',
  ),
);

/** A title compound or a word saying the title was held before: "cultuurminister", "former". */
const TITLE_WORD =
  /(?:minister|ministerin|president|prasident|prasidentin|secretary|secretaris|chief|chef|commander|kommandeur)$|^(?:former|voormalige?|ex|fruhere[nr]?|ehemalige[nr]?)$/;

/** A word of a person's title ("Culture Minister", "koningin", "premier", "Kulturminister"). */
function titleWord(word: string): boolean {
  if (CAPITALISED.test(word)) return true;
  const folded = fold(word);
  return isPersonTitle(folded) || TITLE_WORD.test(folded);
}

/** Whether `second` follows `first` in one list of names, a title of up to two words before it. */
function joined(text: string, first: Mention, second: Mention): boolean {
  const gap = text.slice(first.end, second.start);
  if (!LIST_WORD.test(gap)) return false;
  const between = SEPARATOR.exec(gap)?.[1]?.trim();
  if (between === undefined) return false;
  if (between === '') return true;
  // A title's last word names it ("culture minister"); one before may say of what ("culture"),
  // but no article or relative pronoun ("Lindner, den Bundeskanzler Olaf Scholz entlassen hatte").
  const words = between.split(/\s+/);
  return (
    words.length <= 2 &&
    titleWord(words.at(-1) as string) &&
    !(words.length === 2 && FUNCTION_WORDS.has((words[0] as string).toLowerCase()))
  );
}

/**
 * The people listed with `patient` and it, in the order written; none where it stands alone or the
 * list holds a name that is no person ("Correa and the ministry").
 */
export function coPatients(
  text: string,
  mentions: readonly Mention[],
  patient: Mention,
  isPerson: (m: Mention) => boolean,
): Mention[] {
  const at = mentions.indexOf(patient);
  if (at < 0) return [];
  let from = at;
  while (from > 0 && joined(text, mentions[from - 1] as Mention, mentions[from] as Mention)) from--;
  let to = at;
  while (to < mentions.length - 1 && joined(text, mentions[to] as Mention, mentions[to + 1] as Mention)) to++;
  if (from === to) return [];
  const listed = mentions.slice(from, to + 1);
  if (!listed.every(isPerson) || new Set(listed.map((m) => m.id ?? m.text)).size < listed.length) return [];
  return listed;
}
