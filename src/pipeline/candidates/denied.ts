import type { TriggerHit } from './happenings.ts';
import { tokenIndexAt, type Token } from './tokenize.ts';
import { noneAmong } from './none-among.ts';

/** Words that deny what follows them ("not a cyberattack", "keine Hinweise auf einen Anschlag"). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'niet',
  'geen',
  'nooit',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'nobody',
  'niemand',
]);

/**
 * Words that may stand between the negator and what it denies: articles, copulas, prepositions and
 * the nouns of "no evidence of", "geen aanwijzingen voor", "keine Hinweise auf". Any other word
 * ("no one was hurt in the attack") ends the denial before the trigger.
 */
const BETWEEN = new Set([
  ...['a', 'an', 'the', 'any', 'of', 'for', 'about', 'is', 'was', 'were', 'are', 'be', 'there'],
  // "No group has claimed responsibility", "geen groep heeft …", "keine Gruppe hat …".
  ...['has', 'have', 'had', 'heeft', 'hebben', 'hat', 'haben', 'group', 'groep', 'gruppe'],
  ...['evidence', 'sign', 'signs', 'indication', 'indications', 'suggestion', 'hint', 'hints'],
  ...['een', 'de', 'het', 'voor', 'van', 'op', 'zijn', 'waren', 'er', 'sprake', 'bewijs'],
  ...['aanwijzing', 'aanwijzingen', 'teken', 'tekenen'],
  ...['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'der', 'die', 'das', 'den', 'dem', 'um'],
  ...['auf', 'für', 'von', 'es', 'sich', 'ist', 'sind', 'war', 'gibt', 'gebe', 'gab'],
  ...['hinweis', 'hinweise', 'hinweisen', 'anzeichen', 'indizien', 'belege'],
  // "had not formally resigned", "is niet officieel afgetreden", "sei nicht offiziell zurückgetreten".
  ...['formally', 'officially', 'yet', 'formeel', 'officieel', 'formell', 'offiziell'],
]);

/** "Not a security incident or cyberattack": a denial runs on over "or" to the next thing named. */
const OR = new Set(['or', 'nor', 'of', 'noch', 'oder']);

/** Tokens before a trigger that a denial may reach back over. */
const REACH = 5;

/** Auxiliaries right before a trigger whose subject a negating word opens ("no rescue teams had arrived"). */
const AUXILIARIES = new Set(
  'has have had was were is are heeft hebben had hadden is zijn was waren hat haben hatte hatten ist sind war waren'.split(
    ' ',
  ),
);

/** Words of such a subject after its "no": "no rescue teams", "geen hulpverleners", "keine Helfer". */
const SUBJECT_REACH = 3;

/** "no rescue teams had arrived", "geen hulpverleners waren aangekomen": a subject that is no one. */
function noSubject(tokens: Token[], at: number): boolean {
  const aux = tokenIndexAt(tokens, at) - 1;
  if (aux < 1 || !AUXILIARIES.has((tokens[aux] as Token).word)) return false;
  for (let i = aux - 1; i >= Math.max(0, aux - SUBJECT_REACH - 1); i--) {
    const word = (tokens[i] as Token).word;
    if (word === 'no' || word === 'geen' || word.startsWith('kein')) return i < aux - 1;
  }
  return false;
}

/** "gab es", "gibt es", "waren er", "zijn er" right after a fronted noun: what there was, or was not. */
const THERE_WAS = new Set(['gab', 'gibt', 'gebe', 'gäbe', 'waren', 'zijn', 'was', 'is']);
const THERE = new Set(['es', 'er']);
/** Words from "es" to the "nicht" ending the clause: "nach Angaben der Bundesanwaltschaft". */
const THERE_REACH = 6;

/**
 * "Festnahmen gab es nach Angaben der Bundesanwaltschaft nicht", "Arrestaties waren er niet": a
 * noun fronted before "there was" that the clause denies after it.
 */
function noneThere(tokens: Token[], at: number): boolean {
  const t = tokenIndexAt(tokens, at);
  if (!THERE_WAS.has(tokens[t + 1]?.word ?? '') || !THERE.has(tokens[t + 2]?.word ?? '')) return false;
  for (let i = t + 3; i < Math.min(tokens.length, t + 4 + THERE_REACH); i++)
    if (NEGATORS.has((tokens[i] as Token).word)) return true;
  return false;
}

function denied(tokens: Token[], at: number): boolean {
  if (noSubject(tokens, at) || noneThere(tokens, at)) return true;
  let i = tokenIndexAt(tokens, at) - 1;
  const runsOn = i >= 0 && OR.has((tokens[i] as Token).word);
  for (let n = 0; i >= 0 && n < REACH; i--, n++) {
    const word = (tokens[i] as Token).word;
    if (NEGATORS.has(word)) return true;
    if (!runsOn && !BETWEEN.has(word)) return false;
  }
  return false;
}

/** Verbs that deny the clause they open with "that" ("denied reports that", "ontkende dat", "bestritt, dass"). */
const DENYING = new Set([
  ...['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed'],
  ...['ontkende', 'ontkenden', 'ontkent', 'ontkennen'],
  ...['dementierte', 'dementierten', 'dementiert', 'bestritt', 'bestritten', 'bestreitet'],
]);

const THAT = new Set(['that', 'dat', 'dass']);

/** Words a denying verb may stand from its "that": "denied initial reports that", "ontkende berichten dat". */
const THAT_REACH = 4;

/** Words of the denied clause before the trigger: "that the ship had been partially refloated". */
const CLAUSE_REACH = 10;

/** The trigger at `at` lies in a clause a denying verb opens: "The company denied reports that the ship was refloated". */
function inDeniedClause(tokens: Token[], at: number): boolean {
  let i = tokenIndexAt(tokens, at) - 1;
  for (let n = 0; i >= 0 && n < CLAUSE_REACH; i--, n++) {
    if (!THAT.has((tokens[i] as Token).word)) continue;
    for (let k = i - 1; k >= Math.max(0, i - THAT_REACH); k--)
      if (DENYING.has((tokens[k] as Token).word)) return true;
    return false;
  }
  return false;
}

/** Words of taking part: "involved", "part", "role", "betrokken", "beteiligt". */
const INVOLVED = new Set(['involved', 'part', 'role', 'betrokken', 'beteiligt']);

/** Tokens between the word of taking part and the happening: "involved in drafting the ceasefire". */
const INVOLVED_REACH = 7;

/** Whether a negator stands at most three tokens before token `i`: "not been involved", "niet betrokken". */
function negatedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (NEGATORS.has((tokens[k] as Token).word)) return true;
  return false;
}

/**
 * "Armenia had not been involved in drafting the ceasefire", "was niet betrokken bij het opstellen
 * van het staakt-het-vuren", "an der Waffenruhe nicht beteiligt": someone denies taking part in the
 * happening, which the sentence names, not reports.
 */
function deniedPart(tokens: Token[], at: number): boolean {
  const t = tokenIndexAt(tokens, at);
  for (let i = t - 1; i >= Math.max(0, t - INVOLVED_REACH); i--)
    if (INVOLVED.has((tokens[i] as Token).word) && negatedAt(tokens, i)) return true;
  for (let i = t + 1; i < Math.min(tokens.length, t + 4); i++)
    if (INVOLVED.has((tokens[i] as Token).word) && negatedAt(tokens, i)) return true;
  return false;
}

/** "nothing to do with", "niets met … te maken", "nichts mit … zu tun": no tie to what follows. */
const NOTHING = new Set(['nothing', 'niets', 'nichts']);
const WITH = new Set(['with', 'met', 'mit']);

/**
 * "Hij heeft niets met de aanslag te maken", "hatte nichts mit dem Anschlag zu tun", "had nothing
 * to do with the attack": someone is cleared of a happening the sentence names, not reports.
 */
function nothingWith(tokens: Token[], at: number): boolean {
  const t = tokenIndexAt(tokens, at);
  let tie = false;
  for (let i = t - 1; i >= Math.max(0, t - INVOLVED_REACH); i--) {
    const word = (tokens[i] as Token).word;
    if (NOTHING.has(word)) return tie;
    tie ||= WITH.has(word);
  }
  return false;
}

/** "zonder dat", "ohne dass": the clause they open did not happen. */
const WITHOUT_THAT = new Set(['zonder', 'ohne']);

/**
 * The trigger at `at` lies in a clause that says it did not happen: "liep af zonder dat Bazoum werd
 * vrijgelaten", "ohne dass er freigelassen wurde", "expired without Bazoum being released".
 */
function inWithoutClause(tokens: Token[], at: number): boolean {
  let i = tokenIndexAt(tokens, at) - 1;
  const passive = tokens[i]?.word === 'being';
  for (let n = 0; i >= 0 && n < CLAUSE_REACH; i--, n++) {
    const word = (tokens[i] as Token).word;
    if (word === 'without') return passive;
    if (THAT.has(word)) return WITHOUT_THAT.has(tokens[i - 1]?.word ?? '');
  }
  return false;
}

/** Whether a trigger's pattern holds a negator of its own ("will not sign"). */
export function negatesInPattern(pattern: string): boolean {
  return pattern.split(/\s+/).some((word) => NEGATORS.has(word.toLowerCase()));
}

/**
 * "Schettino kehrte nicht zurück", "Borders have not been closed": a negator among the words a
 * trigger spans denies it, unless the trigger's pattern holds it ("will not sign").
 */
function deniedWithin(tokens: Token[], start: number, end: number): boolean {
  for (let i = tokenIndexAt(tokens, start) + 1; i < tokens.length && (tokens[i] as Token).end < end; i++)
    if (NEGATORS.has((tokens[i] as Token).word)) return true;
  return false;
}

/**
 * The hits that are not denied: "there is no evidence of a cyberattack", "es handle sich nicht um
 * einen Cyberangriff", "denied reports that the ship had been refloated", "zonder dat Bazoum werd
 * vrijgelaten", "heeft niets met de aanslag te maken", "kehrte nicht zurück" tell of no happening. Statements stay: "did not say" is rare, and the speaker
 * still spoke.
 */
export function withoutDenied(hits: TriggerHit[], tokens: Token[]): TriggerHit[] {
  if (!hits.some((h) => h.kind !== 'statement')) return hits;
  let negated = false;
  let denying = false;
  let without = false;
  let nothing = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    negated ||= NEGATORS.has(word);
    nothing ||= NOTHING.has(word);
    denying ||= DENYING.has(word);
    without ||= word === 'without' || WITHOUT_THAT.has(word);
  }
  if (!negated && !denying && !without && !nothing) return hits;
  return hits.filter(
    (h) =>
      h.kind === 'statement' ||
      !(
        (negated &&
          (denied(tokens, h.start) ||
            deniedPart(tokens, h.start) ||
            noneAmong(tokens, h.start) ||
            (h.negates !== true && deniedWithin(tokens, h.start, h.end)))) ||
        (denying && inDeniedClause(tokens, h.start)) ||
        (without && inWithoutClause(tokens, h.start)) ||
        (nothing && nothingWith(tokens, h.start))
      ),
  );
}
