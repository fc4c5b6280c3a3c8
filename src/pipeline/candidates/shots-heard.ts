/**
 * "Sporadic gunfire was heard in Almaty", "In Almaty waren erneut Schüsse zu hören", "Bewoners
 * hoorden schoten": the shooting is what was heard. In "Police fired on protesters, residents who
 * heard the shots said" the hearing is the speakers' and the sentence reports the police firing;
 * in "they heard police opening fire" what was heard is the police shooting.
 */

/** The clause around a trigger ends at a comma, semicolon, colon, dash or full stop. */
const BREAK = /[,;:.!?–—]/gu;

const WORD = /[\p{L}\p{N}’'-]+/gu;

/** Forms of "hear" ("te horen", "zu hören", "gehört"…). */
const HEAR = /^(?:hear|hears|heard|hearing|horen|hoor\p{L}*|gehoord|hören|hör\p{L}*|gehört)$/iu;

/**
 * The words that may stand between an English "heard" and the shooting it heard ("heard bursts
 * of automatic gunfire", "heard what sounded like shots"); any other word is who shot ("heard
 * police opening fire").
 */
const EN_GAP = new Set(
  (
    'the a an some several many more what sounded like sound sounds of burst bursts round rounds ' +
    'loud heavy sporadic intermittent automatic repeated renewed occasional distant gun warning'
  ).split(' '),
);

/** Words that open another clause after the shots ("gunfire erupted while the case was heard"). */
const SUBORDINATORS = new Set(
  (
    'when while after before because since toen terwijl nadat voordat omdat als wenn während ' +
    'nachdem bevor weil'
  ).split(' '),
);

/** An English "heard" after the shots is their passive ("was heard", "could be heard"). */
const EN_AUXILIARIES = new Set('was were be been being is are'.split(' '));

/** English relative pronouns: "residents who heard the shots" heard them, the sentence tells more. */
const EN_RELATIVE = new Set(['who', 'whom', 'which', 'that']);

/** A Dutch relative pronoun right before the shots ("bewoners die de schoten hoorden"). */
const NL_RELATIVE = new Set(['die', 'welke']);

/** A German relative pronoun opens its clause after a comma ("Anwohner, die die Schüsse hörten"). */
const DE_RELATIVE = new Set(['die', 'der', 'welche']);

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase());
}

/** The clause of the trigger at `start`: its words before the trigger and from it on, with whether a comma opened it. */
function clauseOf(text: string, start: number): { before: string[]; after: string[]; afterComma: boolean } {
  let from = 0;
  let afterComma = false;
  let to = text.length;
  for (const m of text.matchAll(BREAK)) {
    if (m.index < start) {
      from = m.index + 1;
      afterComma = m[0] === ',';
    } else {
      to = m.index;
      break;
    }
  }
  return { before: words(text.slice(from, start)), after: words(text.slice(start, to)), afterComma };
}

/**
 * The shots named before a verb-final "hear" are a relative clause's ("die de schoten hoorden",
 * ", die die Schüsse hörten"): a Dutch "die" follows the noun it refers to, a German one a comma.
 */
function inRelative(lang: string, before: string[], afterComma: boolean): boolean {
  if (lang === 'de') return afterComma && DE_RELATIVE.has(before[0] ?? '');
  if (lang !== 'nl') return false;
  for (let at = before.length - 1; at >= 0 && at >= before.length - 3; at--)
    if (NL_RELATIVE.has(before[at] as string)) return at > 0 || afterComma;
  return false;
}

/** Whether the shooting named by the trigger at `start` is itself what the sentence says was heard. */
export function shotsHeard(text: string, lang: string, start: number): boolean {
  const { before, after, afterComma } = clauseOf(text, start);
  // "Gunfire was heard", "schoten te horen", "Schüsse zu hören": a Dutch or German infinitive ends
  // its clause, however long. The shots that "hörten … auf" stopped.
  if (lang === 'de' && after[after.length - 1] === 'auf') return false;
  const reach = lang === 'en' ? 9 : after.length;
  for (let j = 1; j < after.length && j < reach && !SUBORDINATORS.has(after[j] as string); j++) {
    if (!HEAR.test(after[j] as string)) continue;
    if (lang !== 'en') return !inRelative(lang, before, afterComma);
    return j === 1 || EN_AUXILIARIES.has(after[j - 1] ?? '') || EN_AUXILIARIES.has(after[j - 2] ?? '');
  }
  // "residents heard gunfire", "hoorden bewoners in Almaty schoten", "hörten Anwohner Schüsse".
  for (let i = before.length - 1; i >= 0 && i >= before.length - 6; i--) {
    if (!HEAR.test(before[i] as string)) continue;
    if (lang !== 'en') return true;
    const gap = before.slice(i + 1);
    return gap.length <= 4 && gap.every((w) => EN_GAP.has(w)) && !EN_RELATIVE.has(before[i - 1] ?? '');
  }
  return false;
}
