import type { Candidate } from '../types.ts';

/** A candidate with the cross-lingual cues the merge stage compares. */
export interface EventCandidate extends Candidate {
  /** Language-independent topics found in the sentence (data/event-lexicon.json concepts). */
  concepts?: string[];
  /** Whom the happening befell: an actor id, "many" for a counted crowd, absent when unknown. */
  patient?: string;
  /** Who acted (or spoke): an actor id, or "~" and the institution's noun ("~government"). */
  agent?: string;
  /** Position of the title's template in its kind's list: lower is more informative. */
  titleRank?: number;
  /** Titled as only tried ("Protesters try to storm …"): a report of it done names the event first. */
  tried?: true;
  /** The place the title names, where it names a known one. */
  titlePlace?: string;
  /** The sentence puts the happening right at that place ("near the city of Gaziantep"). */
  centred?: true;
  /**
   * The title without its count, for a running tally (the dead, the injured) whose title claims
   * one: an event whose sources disagree on that count takes it ("People killed", not "18 people
   * killed" beside 164 and 225).
   */
  uncountedTitle?: string;
  /** The title should deaths the sentence also reports join it, with their title as {deaths}. */
  deadlyTitle?: string;
  /** The title should another event tell that the one it befell died of it. */
  fatalTitle?: string;
  /** Told only beside the deaths it caused: an event only where the merge joins it with them. */
  causeOnly?: boolean;
  /**
   * The sentence gives a running tally of a tallied kind ("the death toll rose to 158 on
   * Thursday"): its time is when the count was given, the deaths may be days older.
   */
  tally?: true;
  /**
   * A tally of happenings its article told before, named again ("killed in the two fires"): the
   * toll the other reports give of them, however many days later it is counted.
   */
  toldToll?: true;
  /**
   * The sentence counts since the story's happening began ("since the protests began"): a running
   * total up to its report, never the count of one night.
   */
  runningTotal?: true;
  /**
   * Told as the day the happening began ("since the protests started last Sunday"): the spans
   * other reports give it from about then on tell the same happening going on (merge/began-span.ts).
   */
  began?: true;
  /** The kind of what killed the dead a death counts ("an airstrike …, killing seven"), where named. */
  killer?: string;
  /** Named with a definite article ("de uitvaart", "the funeral"): a happening told before. */
  namedAgain?: true;
  /**
   * Named with a definite article, of any kind ("von dem Anschlag am vergangenen Donnerstag"): the
   * happening of that kind the story told of its day, where the kind happens at one moment.
   */
  definite?: true;
  /**
   * Its sentence's own day is that of a saying about the happening, named again ("Macron said on
   * Wednesday the killing was …"): it cites the happening at the time the article gave it before,
   * and gives no reading of that time of its own.
   */
  saidOf?: true;
  /**
   * Actors and places the sentence names only in clauses other than the happening's (see
   * clause-scope.ts): compared in the merge, not shown as the event's.
   */
  asideActors?: string[];
  /** Countries among the actors whose people its count counts (counted-nationals.ts): no country it is about. */
  nationals?: string[];
  asidePlaces?: string[];
  /** Where a report about one country puts a happening it tells with no place (home-places.ts): shown only for an event no report places. */
  homePlaces?: string[];
  /**
   * A saying whose sentence opens with the quotation ('"…," Tokayev said'): the words of a
   * statement its speaker made, cited in that statement of the same day and no event on its own
   * (merge/quotations.ts).
   */
  quoteLed?: true;
}
