/**
 * Bodies recovered are a recovery of their own day ("Divers recovered the bodies of two workers on
 * Wednesday"), no toll: the dead died when the happening killed them. A count of recovered bodies
 * that adds to a toll ("three more bodies", "fünf weitere Leichen") or that someone passes on as
 * the count so far ("officials said 93 bodies had been recovered") is the running toll of the dead.
 */
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import { DEATHS_KIND } from './title.ts';

export const RECOVERY_KIND = 'recovery';

/** Whether a recovery counted by `own` is a toll of the dead. */
function countsToll(own: readonly PlacedFigure[], passedOn: boolean): boolean {
  return own.length > 0 && (passedOn || own.some((f) => f.more === true));
}

/**
 * The speakers tell the recovery as their own work ("Emergency workers said they had recovered
 * about 180 bodies", "Taucher sagten, sie hätten 20 Leichen geborgen"): a count of what they have
 * got out so far, no count of the dead passed on (as "officials said 27 bodies had been recovered").
 */
const SPEAKERS_RECOVERED =
  /(?<!\p{L})(?:said|say|says|told|zei|zeiden|zeggen|sagte|sagten|sagen)\s*,?\s+(?:that\s+|dat\s+|dass\s+)?(?:they|we|ze|zij|wij|sie|wir)\s+[^,.;:]*$/iu;

function recoveredBySpeakers(text: string, start: number): boolean {
  return SPEAKERS_RECOVERED.test(text.slice(0, start));
}

/**
 * The happenings with each recovery that counts a toll read as deaths: left out where the sentence
 * reports deaths already ("The death toll has risen to 27 after the bodies of two more people were
 * recovered"), whose figures it then adds to.
 */
export function recoveriesAsTolls(
  happenings: TriggerHit[],
  figuresOf: (h: TriggerHit, all: TriggerHit[]) => readonly PlacedFigure[],
  passedOn: boolean,
  text: string,
): TriggerHit[] {
  if (!happenings.some((h) => h.kind === RECOVERY_KIND)) return happenings;
  const deaths = happenings.some((h) => h.kind === DEATHS_KIND);
  const read: TriggerHit[] = [];
  for (const h of happenings) {
    const told = passedOn && !recoveredBySpeakers(text, h.start);
    if (h.kind !== RECOVERY_KIND || !countsToll(figuresOf(h, happenings), told)) read.push(h);
    else if (!deaths) read.push({ ...h, kind: DEATHS_KIND });
  }
  return read;
}
