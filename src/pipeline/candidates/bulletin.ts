/**
 * "The number of deaths rose to 3085 on Thursday, the junta said. More than 4700 people were
 * injured.": a bulletin gives its counts of the injured and the missing beside its toll of the dead,
 * in the toll's sentence ("rose to 1,700 on Sunday, with about 3,400 people injured") or after it in
 * its paragraph. Those counts run on as the toll does: each day's is the same injured counted again.
 */
import type { When } from '../types.ts';

export class Bulletin {
  private paragraph: string | undefined;
  private day: string | undefined;

  /** A running toll of the dead, told in `paragraph` and dated `when`. */
  noteToll(paragraph: string, when: When): void {
    this.paragraph = paragraph;
    this.day = when.value;
  }

  /**
   * Whether a count told in `paragraph` belongs to the toll told before it there: its sentence has no
   * day of its own, or the toll's ("…, sagte Juntachef Min Aung Hlaing am Dienstag").
   */
  gives(paragraph: string, ownDay: boolean, when: When): boolean {
    return paragraph === this.paragraph && (!ownDay || when.value === this.day);
  }
}
