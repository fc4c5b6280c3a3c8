/**
 * A happening said to go on until a day names no happening of that day: "Die Evakuierung werde
 * wie geplant bis zum 31. August fortgesetzt", "The evacuation will continue until August 31",
 * "De evacuatie wordt tot 31 augustus voortgezet". The day is a deadline ahead; what goes on was
 * told as it began. Only what is to go on: "The search continued until Tuesday" tells of a search
 * that ended.
 */
import type { TriggerHit } from './happenings.ts';

/** The end of a span: "until", "bis (zum)", "tot (en met)". */
const UNTIL = /(?<![\p{L}])(?:until|till|bis|tot)\s/iu;

/** A verb of going on, in a form that looks ahead or is reported ("werde … fortgesetzt"). */
const GOES_ON =
  /(?<![\p{L}])(?:(?:will|would|to|shall)\s+(?:\p{L}+\s+)?continue|continues|(?:wird|werde|werden|soll|sollen)\s[^;]*?fortgesetzt|fortsetzen|fortführen|weitergehen|(?:wordt|worden|zal|zullen)\s[^;]*?voortgezet|voortzetten|gaat\s+(?:\p{L}+\s+)?door|gaan\s+(?:\p{L}+\s+)?door)(?![\p{L}])/iu;

/** The hits of a sentence but those of what it says is to go on until a day; statements stay. */
export function withoutContinued(hits: TriggerHit[], text: string): TriggerHit[] {
  if (!UNTIL.test(text) || !GOES_ON.test(text)) return hits;
  return hits.filter((h) => h.kind === 'statement');
}
