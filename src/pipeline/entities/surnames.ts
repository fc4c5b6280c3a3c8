/**
 * Surnames alone, after the document named the person in full: linked to the full name.
 */
import { unlisted, type Found, type SentenceState } from './found.ts';
import { familyNameFirst } from './family-names.ts';
import type { Lexicon } from './lexicon.ts';
import { isPersonTitle } from './name-edges.ts';
import type { Token } from './text.ts';
import type { TimedSentence } from '../types.ts';

/** The shortest family name the model lists alone (model.ts): a shorter one is linked here. */
const LISTED_SURNAME_MIN = 4;

function remember(bySurname: Map<string, string | null>, surname: string, id: string): void {
  const seen = bySurname.get(surname);
  bySurname.set(surname, seen === undefined || seen === id ? id : null);
}

/** A found name as the document's surnames are keyed: its words' normal forms. */
function key(tokens: Token[], first: number, end: number): string {
  let text = (tokens[first] as Token).norm;
  for (let i = first + 1; i < end; i++) text += ` ${(tokens[i] as Token).norm}`;
  return text;
}

/**
 * A surname alone refers to the unknown person the document named in full ("Anna Schmidt" …
 * "Schmidt landete"): it gets the full name's id, also where a German capitalised word alone
 * would not count as a name. So do a two-word surname ("Aung San Suu Kyi" … "Suu Kyi"), the
 * last two words of a longer name, and the family name that opens a name written family name
 * first ("Yoon Suk Yeol" … "Yoon").
 */
export function linkSurnames(states: SentenceState[], lexicon: Lexicon): void {
  const bySurname = new Map<string, string | null>();
  const byFamilyName = new Map<string, string | null>();
  const byGarbled = new Map<string, string | null>();
  for (let s = 0; s < states.length; s++) {
    const { found, tokens } = states[s] as SentenceState;
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Found;
      if (!f.id || f.end - f.first < 2) continue;
      // A garbled full name taken for a title's holder ("Wagner chief Yevgeny Primakov"): its
      // family name alone ("Primakov said") is that holder too.
      // So is the name after a listed person's title, alone: "Pope Francis" … "Francis had spent".
      if (
        f.kind === 'actor' &&
        (f.resolution === 'context' ||
          (f.end - f.first === 2 && isPersonTitle((tokens[f.first] as Token).norm)))
      ) {
        remember(byGarbled, (tokens[f.end - 1] as Token).norm, f.id);
        continue;
      }
      // A listed person's family name too short to be listed alone ("Theresa May" … "May
      // apologises in the Commons") is that person after the full name, as an unknown one's is.
      const last = tokens[f.end - 1] as Token;
      if (f.person && last.norm.length < LISTED_SURNAME_MIN) {
        remember(byGarbled, last.norm, f.id);
        continue;
      }
      if (f.kind !== 'unknown') continue;
      remember(bySurname, (tokens[f.end - 1] as Token).norm, f.id);
      if (f.end - f.first > 2) remember(bySurname, key(tokens, f.end - 2, f.end), f.id);
      if (familyNameFirst(tokens, f, lexicon)) remember(byFamilyName, (tokens[f.first] as Token).norm, f.id);
    }
  }
  // A family name that is also someone's surname ("Kim Yong-hyun", "Anna Kim") is left to the surname.
  for (const [name, id] of byFamilyName) if (!bySurname.has(name)) bySurname.set(name, id);
  if (bySurname.size === 0 && byGarbled.size === 0) return;
  for (let s = 0; s < states.length; s++) {
    const { found, tokens, covered, sentence } = states[s] as SentenceState;
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Found;
      if (f.kind !== 'unknown') continue;
      const words = f.end - f.first;
      const holder = words === 1 ? byGarbled.get((tokens[f.first] as Token).norm) : undefined;
      if (holder) {
        f.kind = 'actor';
        f.id = holder;
        f.resolution = 'context';
        continue;
      }
      const id =
        words === 1 && !endsLongerName(tokens, f.first, sentence)
          ? bySurname.get((tokens[f.first] as Token).norm)
          : words === 2
            ? bySurname.get(key(tokens, f.first, f.end))
            : undefined;
      if (id) f.id = id;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (covered[i] || !t.capitalised || endsLongerName(tokens, i, sentence) || inTimex(sentence, t))
        continue;
      const holder = byGarbled.get(t.norm);
      const id = holder ?? bySurname.get(t.norm);
      if (!id) continue;
      covered[i] = 1;
      found.push(
        holder
          ? unlisted(i, i + 1, 'actor', holder, 'context')
          : unlisted(i, i + 1, 'unknown', id, 'unresolved'),
      );
    }
  }
}

/**
 * The token closes a capitalised run of other words ("Medisch Spectrum Twente"): the end of
 * another name, not a surname on its own. A title before it ("Kanzler Nehammer") is no such word,
 * nor a weekday or month of a time expression ("Already on Wednesday Amado had described").
 */
function endsLongerName(tokens: Token[], i: number, sentence: TimedSentence): boolean {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  return (
    before !== undefined &&
    before.capitalised &&
    before.end + 1 === t.start &&
    !isPersonTitle(before.norm) &&
    !inTimex(sentence, before)
  );
}

/** The token is part of a time expression ("in May 2017", "am 5. May"): a month, not a surname. */
function inTimex(sentence: TimedSentence, t: Token): boolean {
  return sentence.timexes.some((x) => x.start <= t.start && t.end <= x.end);
}
