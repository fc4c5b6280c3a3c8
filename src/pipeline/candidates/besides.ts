/**
 * Someone named as the one besides whom others were befallen is none of them: "Naast Tanis zijn
 * vandaag nog twee mannen aangehouden", "Neben Tanis nahm die Polizei zwei weitere Männer fest",
 * "Besides Tanis, two men were detained" tell of the two men, not of Tanis, nor did he act.
 */
import type { Mention } from '../types.ts';

/** "Besides", "apart from", "naast", "behalve", "neben", "außer" right before the name. */
const OPENS_BESIDES =
  /(?:^|[,;:]\s*|\s)(?:besides|apart from|in addition to|naast|behalve|neben|au(?:ß|ss)er)\s+$/iu;

/** Whether the actor `m` is the one besides whom the sentence tells of others. */
export function namesBesides(text: string, m: Mention): boolean {
  return m.kind === 'actor' && OPENS_BESIDES.test(text.slice(Math.max(0, m.start - 20), m.start));
}
