/**
 * "Das Unglück ereignete sich am Samstagabend gegen 22.15 Uhr", "The disaster happened at about
 * 10 p.m.", "De ramp gebeurde rond 22.00 uur": a word for any disaster, named again with a definite
 * article as what happened, is the happening the article told before, dated by its sentence.
 */
import type { CompiledTrigger } from './compiled.ts';
import type { Match } from './match.ts';
import type { Token } from './tokenize.ts';

/** Nouns for a disaster of any kind. */
const DISASTERS = new Set(
  'disaster tragedy accident catastrophe ramp drama ongeluk ongeval unglück katastrophe tragödie'.split(' '),
);
/** Verbs of happening. */
const HAPPENED = new Set('happened occurred gebeurde voltrok ereignete geschah passierte'.split(' '));
const DEFINITE = new Set(['the', 'this', 'de', 'het', 'deze', 'das', 'die', 'dieses', 'diese']);

/** A trigger of `kind` that only names what the article told before. */
function again(kind: string): CompiledTrigger {
  return {
    kind,
    requires: [],
    unless: [],
    unlessInArticle: [],
    weak: false,
    person: false,
    firms: false,
    patientOf: false,
    about: false,
    self: false,
    held: false,
    onlyTried: false,
    entry: false,
    negates: false,
  };
}

/**
 * The sentence's disaster named again as what happened, as a trigger of `told` (the kind of the
 * happening the article told first, if any), at the disaster's noun.
 */
export function happenedAgain(
  tokens: readonly Token[],
  told: string | undefined,
): { item: CompiledTrigger; match: Match }[] {
  if (told === undefined || !tokens.some((t) => HAPPENED.has(t.word))) return [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (DISASTERS.has(t.word) && DEFINITE.has((tokens[i - 1] as Token).word))
      return [{ item: again(told), match: { start: t.start, end: t.end, token: i } }];
  }
  return [];
}
