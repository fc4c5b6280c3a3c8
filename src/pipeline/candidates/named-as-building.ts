/**
 * "stormed the Congress, the Supreme Court and the presidential palace", "den Kongress, das Oberste
 * Gericht und den Präsidentenpalast gestürmt", "walked to the damaged Supreme Court building": a
 * body named as the building a happening befell is where it happened, not who acted in it. Where it
 * acts ("the Supreme Court ordered …") nothing here holds.
 */
import type { Mention } from '../types.ts';

/** Words a sentence that names a building stormed or damaged holds, tested before any pattern. */
const CUES = [
  'storm',
  'stürm',
  'invad',
  'vandal',
  'ransack',
  'broke into',
  'occupied',
  'besetzt',
  'bezet',
  'verwüst',
  'vernield',
  'beschädig',
  'beschadig',
  'building',
  'gebouw',
  'Gebäude',
];

/** Whether the sentence may name a building stormed or damaged at all: the cheap test first. */
export function mayNameBuilding(text: string): boolean {
  for (const cue of CUES) if (text.includes(cue)) return true;
  return false;
}

/** A word that opens another clause, which the storming's objects do not reach past. */
const CLAUSE_OPENER =
  '(?:that|which|who|when|while|as|after|before|because|but|until|dat|wat|toen|terwijl|nadat|maar|omdat|dass|als|nachdem|während|weil|aber|bevor)(?![\\p{L}])';

/**
 * A verb of storming before its objects, with the subject between where the verb comes second:
 * "stormed on Sunday the Congress, the …", "bestormden duizenden aanhangers van Bolsonaro het
 * parlement, het …".
 */
const STORMED_BEFORE = new RegExp(
  `(?<!\\p{L})(?:storm(?:ed|ing)|invad(?:ed|ing)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|broke\\s+into|occupied|bestormden|bestormde|stürmten|stürmte)(?:[\\s,]+(?!${CLAUSE_OPENER})[\\p{L}\\d'’-]+){0,8}[\\s,]+$`,
  'iu',
);

/**
 * Its objects before a Dutch or German participle that ends the clause: "den Kongress, das Oberste
 * Gericht und den Präsidentenpalast gestürmt". English puts the verb first.
 */
const STORMED_AFTER =
  /^(?:[\s,]+[\p{L}'’-]+){0,5}?[\s,]+(?:gestürmt|bestormd|besetzt|bezet|verwüstet|vernield|beschädigt|beschadigd)(?!\p{L})/u;

/** The building's noun after the body's name, or before it: "the Supreme Court building", "het gebouw van het hooggerechtshof". */
const BUILDING_AFTER = /^\s+(?:building|buildings|gebouw|gebouwen)(?!\p{L})/u;
const BUILDING_BEFORE = /(?:building\s+of\s+the|gebouw\s+van\s+(?:het|de)|Gebäude\s+(?:des|der))\s+$/u;

/** The mention names the building of a body, stormed or damaged, not the body acting. */
export function namedAsBuilding(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 80);
  return (
    BUILDING_AFTER.test(after) ||
    BUILDING_BEFORE.test(before) ||
    STORMED_BEFORE.test(before) ||
    STORMED_AFTER.test(after)
  );
}
