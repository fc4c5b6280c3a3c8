/**
 * "would give the authorities powers to ban gatherings, search homes and put people under house
 * arrest", "de bevoegdheid om mensen onder huisarrest te plaatsen", "Befugnisse, Menschen unter
 * Hausarrest zu stellen": powers to do something describe what may be done, not what was done.
 * "Police used their powers to arrest 20 people" did it, though.
 */
import type { TriggerHit } from './happenings.ts';

const POWERS =
  /(?<!\p{L})(?:(?:powers|the power|authority)\s+to|(?:bevoegdhe(?:id|den)|volmachten?)\s+(?:om|tot)|(?:Befugniss?e?|Vollmachten?)(?:\s+zu|\s*,))\s/gu;

/** What reaches back to the powers: the phrases of one list, no new clause and no sentence break. */
const REACH = 160;
const BREAK = /[.;:!?]|,\s+(?:and|but|en|maar|und|aber|while|terwijl|während)\s/iu;

/** "used their powers to", "gebruikte zijn bevoegdheid om", "nutzte seine Befugnisse": powers put to use. */
const USED = /(?:use[sd]?|using|exercised|gebruikte?n?|nutzte?n?|nützte?n?)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Ends of the phrases that open powers, where no use of them comes first. */
function powerEnds(text: string): number[] {
  const ends: number[] = [];
  POWERS.lastIndex = 0;
  for (let m = POWERS.exec(text); m !== null; m = POWERS.exec(text))
    if (!USED.test(text.slice(Math.max(0, m.index - 40), m.index))) ends.push(m.index + m[0].length);
  return ends;
}

/** The hits that tell what was done; a statement still says what it says. */
export function withoutPowers(hits: TriggerHit[], text: string): TriggerHit[] {
  const lower = text.toLowerCase();
  if (!['power', 'authority', 'bevoegd', 'volmacht', 'befugnis', 'vollmacht'].some((w) => lower.includes(w)))
    return hits;
  const ends = powerEnds(text);
  if (ends.length === 0) return hits;
  return hits.filter(
    (h) =>
      h.kind === 'statement' ||
      !ends.some((e) => e <= h.start && h.start - e <= REACH && !BREAK.test(text.slice(e, h.start))),
  );
}
