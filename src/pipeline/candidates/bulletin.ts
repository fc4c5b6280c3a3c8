/**
 * "The number of deaths rose to 3085 on Thursday, the junta said. More than 4700 people were
 * injured.": a bulletin gives its counts of the injured and the missing beside its toll of the dead,
 * in the toll's sentence ("rose to 1,700 on Sunday, with about 3,400 people injured") or after it in
 * its paragraph. Those counts run on as the toll does: each day's is the same injured counted again.
 */
import type { When } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';

export class Bulletin {
  private paragraph: string | undefined;
  private day: string | undefined;
  private when: When | undefined;

  /** A running toll of the dead, told in `paragraph` and dated `when`. */
  noteToll(paragraph: string, when: When): void {
    this.paragraph = paragraph;
    this.day = when.value;
    this.when = when;
  }

  /**
   * An exact count of the bulletin told with no day at all ("The number of dead rose this Tuesday to
   * 219 … 89 people are still missing.") is that day's figure: it takes the toll's time, as from the
   * sentences around it. "Dozens are still missing" holds over days and stays as it is.
   */
  dateCount(c: EventCandidate): void {
    if (
      c.sentence.paragraph !== this.paragraph ||
      c.when.precision !== 'before-publication' ||
      !c.figures.some((f) => f.qualifier === 'exact') ||
      !this.when
    )
      return;
    dateFromContext(c, this.when);
  }

  /**
   * Whether a count told in `paragraph` belongs to the toll told before it there: its sentence has no
   * day of its own, or the toll's ("…, sagte Juntachef Min Aung Hlaing am Dienstag").
   */
  gives(paragraph: string, ownDay: boolean, when: When): boolean {
    return paragraph === this.paragraph && (!ownDay || when.value === this.day);
  }
}

/** Dates a candidate, and its sentence, by a time told around it. */
export function dateFromContext(c: EventCandidate, when: When): void {
  c.when = when;
  c.sentence = { ...c.sentence, when, timeFrom: 'context' };
}
