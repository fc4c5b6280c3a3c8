import type { Figure } from '../types.ts';

/** A figure with where it sits in the sentence and the English noun it counts. */
export interface PlacedFigure {
  figure: Figure;
  noun: string;
  vague: boolean;
  /** Where the figure starts that this one is a part of ("51 people, including 15 children"): no total of its own. */
  whole?: number;
  /** The part is the subject of its own clause ("184 of them are in custody"), no aside of the whole's. */
  ofThem?: true;
  /** The count adds to a tally told before ("three more bodies"): no total of its own either. */
  more?: true;
  /** One place's share of a toll the sentence splits by place ("17 in the capital and two in Itahari"). */
  share?: true;
  /** A part of a toll the sentence names without its number ("Onder de doden zijn drie kinderen"). */
  amongToll?: true;
  /** A running tally someone gave ("the death toll rose to 158", "confirmed 51 deaths"). */
  tally?: true;
  /** Those counted lived ("All 379 people on board escaped"): no count of the dead or injured. */
  survived?: true;
  /** Those counted live somewhere ("16,000 people lived in the critical zone"): no count of what befell them. */
  resident?: true;
  /** Where the tally's own word stands ("toll", "Toten", "dodental") when that word closes on the figure. */
  tallyAt?: number;
  /** The country whose people a count set among a toll is of ("unter den Toten … 51 Spanier"): Spain. */
  nation?: string;
  start: number;
  end: number;
}
