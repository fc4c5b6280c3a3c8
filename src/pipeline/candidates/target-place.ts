/**
 * What a measure is aimed at: the country named right after "on"/"against"/"tegen"/"gegen" behind
 * its trigger ("sanctions on Niger", "sancties tegen Rusland", "Sanktionen gegen Russland"), or the
 * country whose people or organs it names ("against 25 senior Iranian officials"), else the country
 * of the organisation it names there ("Sanktionen gegen die Sittenpolizei": Iran's). Not who
 * imposed it ("Canada imposed sanctions"), nor where they met ("the EU foreign ministers in
 * Luxembourg").
 */
import type { Mention } from '../types.ts';

/** The words that bring in what a measure is aimed at, in en/nl/de. */
const AIMED = /\b(?:on|against|tegen|gegen)\s/gi;

/** A clause break between the trigger and its aim word. */
const CLAUSE_BREAK = /[,;:()]/;

/** A clause break, or a preposition that opens another phrase, between the aim word and a country. */
const OTHER_PHRASE =
  /[,;:()]|\b(?:in|at|with|from|by|after|over|near|bei|mit|aus|nach|im|am|wegen|met|bij|uit|na|naar|door|om)\b/i;

/**
 * What names some of the aimed at, which keeps the aim's phrase going: "on eleven people and four
 * organisations, including the morality police", "gegen mehrere Organisationen, darunter".
 */
const SOME_OF = /,\s+(?:including|among them|waaronder|onder wie|darunter|unter ihnen)\s/gi;

/** Words between the trigger and its aim word: "sanctions on Monday against" keeps the day between. */
const MAX_WORDS_BEFORE_AIM = 4;

function wordsIn(text: string): number {
  const words = text.trim();
  return words === '' ? 0 : words.split(/\s+/).length;
}

/**
 * The first country after `triggerEnd` that an aim word of the trigger's phrase brings in, never
 * the agent itself; undefined when the sentence names none.
 */
export function aimedAt(
  text: string,
  triggerEnd: number,
  mentions: readonly Mention[],
  isCountry: (m: Mention) => boolean,
  agent?: Mention,
): Mention | undefined {
  for (const m of mentions) {
    if (m.start < triggerEnd || !isCountry(m) || (agent?.id !== undefined && m.id === agent.id)) continue;
    const between = text.slice(triggerEnd, m.start);
    let aim: RegExpExecArray | undefined;
    for (const found of between.matchAll(AIMED)) {
      const gap = between.slice(0, found.index);
      if (CLAUSE_BREAK.test(gap) || wordsIn(gap) > MAX_WORDS_BEFORE_AIM) break;
      aim = found;
    }
    if (aim && !OTHER_PHRASE.test(between.slice(aim.index + aim[0].length).replace(SOME_OF, ' '))) return m;
  }
  return undefined;
}

/**
 * The country a measure is aimed at: one named (see aimedAt), else that of a listed organisation
 * or state body named the same way, standing for its country (the agent's own country is no aim);
 * undefined when the sentence names neither.
 */
export function aimedCountry(
  text: string,
  triggerEnd: number,
  mentions: readonly Mention[],
  isCountry: (m: Mention) => boolean,
  countryOf: (m: Mention) => string | undefined,
  agent?: Mention,
): Mention | undefined {
  const named = aimedAt(text, triggerEnd, mentions, isCountry, agent);
  if (named) return named;
  const belongs = (m: Mention) => {
    const country = countryOf(m);
    return country !== undefined && country !== agent?.id;
  };
  const body = aimedAt(text, triggerEnd, mentions, belongs, agent);
  return body && { ...body, id: countryOf(body), kind: 'place' };
}
