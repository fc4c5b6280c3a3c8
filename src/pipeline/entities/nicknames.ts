/**
 * "Mohamed Hamdan Daqlo, known as Hamidti", "Dagalo, die bekendstaat als Hemedti", "Daglo, auch
 * Hemeti genannt": the name a listed person goes by, written right after the person's name, is that
 * person, however a translation spells it.
 */
import type { Found, SentenceState } from './found.ts';
import type { Token } from './text.ts';

/** What stands between a person's name and the name the person goes by. */
const KNOWN_AS =
  /^,?\s+(?:(?:(?:also|better)\s+)?known\s+as|(?:die|dat)\s+bekend\s*staat\s+als|(?:beter\s+)?bekend\s+als|(?:auch\s+)?(?:genannt|bekannt\s+als)|alias)\s+$/iu;

/** The found name that ends last before token `first`. */
function nameBefore(found: readonly Found[], first: number): Found | undefined {
  let before: Found | undefined;
  for (const f of found) if (f.end <= first && (!before || f.end > before.end)) before = f;
  return before;
}

/**
 * Gives each unknown one-word name a listed person (`isPerson` of its id) is said to be known by
 * that person's id.
 */
export function linkNicknames(states: readonly SentenceState[], isPerson: (id: string) => boolean): void {
  for (const { found, tokens, sentence } of states) {
    for (const f of found) {
      if (f.kind !== 'unknown' || f.end - f.first !== 1) continue;
      const person = nameBefore(found, f.first);
      if (!person?.id || person.kind !== 'actor' || !isPerson(person.id)) continue;
      const gap = sentence.text.slice(
        (tokens[person.end - 1] as Token).end,
        (tokens[f.first] as Token).start,
      );
      if (!KNOWN_AS.test(gap)) continue;
      f.kind = 'actor';
      f.id = person.id;
      f.resolution = 'context';
      f.person = true;
    }
  }
}
