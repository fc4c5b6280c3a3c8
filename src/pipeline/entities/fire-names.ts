/**
 * "im Gebiet des Eaton-Feuers", "de Eaton-brand": German and Dutch name a fire by its name joined to
 * their word for fire. That is the fire English calls the "Eaton Fire", one name in every language.
 */
import { isCommonWord } from './common-words.ts';
import { cover, unlisted, type SentenceState, type UnknownNames } from './found.ts';
import type { EntityModel } from './model.ts';
import { isHyphen } from './name-edges.ts';
import { unknownNameId, type Token } from './text.ts';

/** The word for fire after the hyphen, as German declines it and Dutch writes it. */
const FIRE: Readonly<Record<string, RegExp>> = {
  de: /^(?:feuer|feuers|brand|brandes|brands)$/,
  nl: /^brand$/,
};

/** Gives each "<Name>-Feuer" of the sentences, named by no data file, the id of the "<Name> Fire". */
export function nameFires(
  model: EntityModel,
  states: readonly SentenceState[],
  language: string,
  unknowns: UnknownNames,
): void {
  const fire = FIRE[language];
  if (!fire) return;
  for (const state of states) {
    const { tokens, sentence, covered, found } = state;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const name = tokens[i] as Token;
      const noun = tokens[i + 1] as Token;
      if (!fire.test(noun.norm) || !name.capitalised) continue;
      if (!isHyphen(sentence.text.slice(name.end, noun.start)) || isCommonWord(name.norm, model.lexicon))
        continue;
      // Dutch takes "De Eaton-brand" for one unknown name: from the name on, it is the fire's.
      const whole = found.find((f) => f.first <= i && f.end === i + 2 && f.kind === 'unknown');
      if (!whole && (covered[i] || covered[i + 1])) continue;
      const english = `${name.text} Fire`;
      const id = unknownNameId(english);
      if (!unknowns.names.has(id)) unknowns.names.set(id, english);
      if (whole) Object.assign(whole, { first: i, id });
      else cover(state, unlisted(i, i + 2, 'unknown', id, 'unresolved'));
    }
  }
}
