/**
 * "In a televised address on Friday, Tokayev said Almaty had been attacked by 20,000 bandits": a
 * sentence that names the speech it tells of reports that speech; what the speaker said had
 * happened, told in the pluperfect after the verb of saying, is what the speech said, no happening
 * the report tells of its own. So is what "He said …" right after such a sentence goes on with.
 */
import { toldInPluperfect } from '../pluperfect.ts';
import type { TriggerHit } from './happenings.ts';

/** German reported speech of the past: "20.000 Banditen hätten Almaty angegriffen". */
const SUBJUNCTIVE_PAST = /(?<![\p{L}])(?:hätte|hätten|wäre|wären)\s[^.;:]*\p{Ll}{3,}(?:t|en)(?![\p{L}])/u;

/** What follows the verb of saying tells what had happened before the speech. */
function toldAsPast(said: string): boolean {
  return toldInPluperfect(said) || SUBJUNCTIVE_PAST.test(said);
}

/** The concept of a speech a sentence may name ("televised address", "Fernsehansprache"). */
export const SPEECH = 'televised-address';

/** "He said …", "Hij zei …", "Er sagte …" opening a sentence: the speaker before goes on. */
export const GOES_ON = /^(?:he|she|hij|zij|ze|er|sie)\s+(?:said|added|zei|voegde|sagte|fügte)(?![\p{L}])/iu;

/** The speeches an article's sentences tell, read in order. */
export class Speeches {
  /** The sentence that last named a speech, or went on with one. */
  private last: { paragraph: string; index: number } | undefined;

  /**
   * The hits a sentence reports: its statements alone where it tells what a speech said, all of
   * them otherwise.
   */
  told(
    hits: TriggerHit[],
    s: { text: string; paragraph: string; index: number },
    concepts: ReadonlySet<string>,
  ): TriggerHit[] {
    const last = this.last;
    const names = concepts.has(SPEECH);
    const goesOn =
      !names &&
      last !== undefined &&
      last.paragraph === s.paragraph &&
      last.index === s.index - 1 &&
      GOES_ON.test(s.text);
    this.last = names || goesOn ? { paragraph: s.paragraph, index: s.index } : undefined;
    if (!names && !goesOn) return hits;
    const saying = hits.find((h) => h.kind === 'statement');
    if (!saying || !toldAsPast(s.text.slice(saying.end))) return hits;
    if (hits.some((h) => h.kind !== 'statement' && h.start < saying.end)) return hits;
    return hits.filter((h) => h.kind === 'statement');
  }
}
