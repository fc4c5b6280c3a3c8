/**
 * "President Poroshenko had visited the flooded region … Ukrainian President Volodymyr Zelensky
 * called …": a translation may put a listed predecessor's name after the title the paragraph gives
 * its holder. A listed person's family name alone, right after a title both hold for the same
 * country, written only that once in the document, while the same paragraph names the other holder,
 * is that holder. Named in another paragraph, the other may be the one before or after ("aanhangers
 * van Donald Trump" … "De Amerikaanse president Biden").
 */
import type { DocumentContext } from './repair.ts';
import type { SentenceState } from './found.ts';
import type { EntityModel } from './model.ts';
import type { Token } from './text.ts';

/** How often the document writes the word with a capital. */
function timesWritten(doc: DocumentContext, word: Token): number {
  let n = 0;
  for (const tokens of doc.tokens) for (const t of tokens) if (t.capitalised && t.norm === word.norm) n++;
  return n;
}

/** The ids each paragraph's mentions name. */
function namedByParagraph(states: readonly SentenceState[]): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const s of states) {
    let ids = named.get(s.sentence.paragraph);
    if (!ids) named.set(s.sentence.paragraph, (ids = new Set()));
    for (const f of s.found) if (f.id !== undefined) ids.add(f.id);
  }
  return named;
}

export function retitleOtherHolders(
  model: EntityModel,
  states: readonly SentenceState[],
  doc: DocumentContext,
): void {
  let named: Map<string, Set<string>> | undefined;
  for (const { tokens, found, sentence } of states) {
    for (const f of found) {
      if (!f.person || f.id === undefined || f.end - f.first !== 1) continue;
      const cue = model.roles.cueBefore(tokens, sentence.text, f.first);
      if (!cue) continue;
      // Only a holder of the title for that country: "President Obama" in a report on Ukraine is no
      // garble of its president.
      const holders = model.roles.holdersOf(cue.title, cue.country ?? doc.storyCountry);
      const own = f.id;
      if (holders.length < 2 || !holders.includes(own)) continue;
      named ??= namedByParagraph(states);
      const inParagraph = named.get(sentence.paragraph);
      const others = holders.filter((h) => h !== own && inParagraph?.has(h) === true);
      if (others.length !== 1 || timesWritten(doc, tokens[f.first] as Token) > 1) continue;
      f.id = others[0];
      f.resolution = 'context';
    }
  }
}
