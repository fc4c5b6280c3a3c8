/**
 * "bevinden zich geen Nederlanders onder de doden", "no Britons were among the dead", "keine
 * Deutschen unter den Toten": a group told to be none of the toll, which the sentence names and
 * does not report.
 */
import { tokenIndexAt, type Token } from './tokenize.ts';

const AMONG = new Set(['among', 'amongst', 'onder', 'unter']);

/** Articles between "among" and the toll's word: "among the dead", "onder de doden", "unter den Toten". */
const ARTICLES = new Set(['the', 'de', 'het', 'den', 'der', 'die', 'dem']);

const OR = new Set(['or', 'nor', 'of', 'oder', 'noch']);

/** Negators that open the group: "no", "geen", "keine". */
const NO = new Set(['no', 'geen', 'kein', 'keine', 'keinen', 'keiner', 'niemand', 'nobody']);

/** Words from the negator to "among": the group ("Nederlanders", "British tourists") and a verb ("were"). */
const GROUP_REACH = 4;

/** Whether the trigger at `at` is the toll a group is told to be none of. */
export function noneAmong(tokens: readonly Token[], at: number): boolean {
  let i = tokenIndexAt([...tokens], at) - 1;
  while (i >= 0 && ARTICLES.has((tokens[i] as Token).word)) i--;
  // "onder de doden of vermisten": the denial runs on over "or" to the next toll named.
  if (i >= 1 && OR.has((tokens[i] as Token).word)) i -= 2;
  while (i >= 0 && ARTICLES.has((tokens[i] as Token).word)) i--;
  if (i < 1 || !AMONG.has((tokens[i] as Token).word)) return false;
  for (let k = i - 1; k >= Math.max(0, i - GROUP_REACH); k--)
    if (NO.has((tokens[k] as Token).word)) return true;
  return false;
}
