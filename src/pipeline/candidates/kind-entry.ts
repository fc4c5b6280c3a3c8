import type { TitleTemplate } from './title-template.ts';

/** One kind of happening of the event lexicon (data/event-lexicon.json `kinds`). */
export interface KindEntry {
  kind: string;
  titles: TitleTemplate[];
  ownFigure?: boolean;
  patientKind?: boolean;
  /**
   * The happening announces something ahead (a statement, an election called): a time after
   * publication is what it announces, never when it happened.
   */
  announces?: boolean;
  /**
   * The happening calls people to another (a call for protests): a day named right after what it
   * calls for ("called for protests on Saturday") is that happening's, never the call's.
   */
  callsFor?: boolean;
  /** Kinds whose earlier time an undated "the attack" also takes: the shooting that was the attack. */
  recalls?: string[];
  /**
   * Kinds whose scene "at the scene" names ("arrested at the scene", "noch am Tatort festgenommen"):
   * an undated report of this kind with those words took place when the latest of them the article
   * dated did, on that day.
   */
  scene?: string[];
  /** A story rarely has two: the kind itself is evidence that two reports tell one happening. */
  rare?: boolean;
  /** Told apart mostly by where they happen: reports naming different cities are two. */
  placed?: boolean;
  /** Happens at a place, and far from it is another of its kind (a fire, an evacuation). */
  far?: boolean;
  /** A measure told apart by who takes it (aid suspended): reports naming different agents are two. */
  byAgent?: boolean;
  /** The kind whose happening it tells from another side, and merges with (an investigation: the arrest). */
  sameAs?: string;
  /** A kind the merge compares it with, its own event id kept (an arson: the fire it set). */
  meets?: string;
  /** The same where a topic occurs: concept id → kind ({"wildfire": "fire"} for a disaster). */
  meetsIf?: Record<string, string>;
  /** The same where it befalls a person the data list (a leader wounded: the attack on him). */
  meetsNamed?: string;
  /**
   * Qualifier concepts that make another happening of it (an acting appointment: not the full one
   * of the same person days later): a report naming one and a report not naming it are two.
   */
  apartIf?: string[];
  /**
   * Topics that make a report of the kind rare (national mourning, of all the measures an emergency
   * brings): two reports both naming one are evidence of one happening, as a rare kind's are.
   */
  rareIf?: string[];
  /** Count nouns a figure must have to stand in the title ("More than 3,000 people arrested"). */
  figureNouns?: string[];
  /**
   * The title's place is where someone went, named after the trigger ("fled to the Maldives"): a
   * place before it says where from ("Sri Lanka's president has fled the country").
   */
  destination?: boolean;
  /**
   * Its verb takes the place it acts on as object ("Rebels capture Damascus", "De rebellen
   * veroveren Hama"): a place right after the verb is that place, never the verb's subject.
   */
  seizesPlace?: boolean;
  /**
   * The title's place is what it is aimed at, named after "on"/"against" behind the trigger
   * ("sanctions against Russia"): not who imposed it, nor where they met (target-place.ts).
   */
  aimed?: boolean;
  /**
   * Counted as a running tally (the dead, the injured): a later day's count ("the death toll rose
   * to 158 on Thursday") tells the same happening, on the day it was counted, not when it befell them.
   */
  tallied?: boolean;
  /**
   * Counted so far (the dead, the arrested): a count that rises from report to report only grows,
   * so a report without a day that counts more than every dated one came after them (running-toll.ts).
   */
  runs?: boolean;
  /**
   * Counted as a total so far (those who fled): counts that rise from one day's report to a later
   * one's count on, and are no disagreement of their sources (merge/conflicts.ts).
   */
  countsOn?: boolean;
  /**
   * Done again and again (statements, protests, talks): a report of it on one day gives no day
   * to date another report of it by (redate-by-anchors.ts).
   */
  recurs?: boolean;
  /**
   * Takes place at one moment (an attack, an explosion): reports dating themselves to days further
   * apart tell two (moment-days.ts).
   */
  moment?: boolean;
  /**
   * A measure that stays in force once taken (a curfew, a state of emergency): "in force since
   * Tuesday" dates its taking to Tuesday, not a span up to publication.
   */
  inForce?: boolean;
  /**
   * A change people protest against (a price rise): told as what a protest is against ("to protest
   * the rising prices"), it is reported as well, before the protest (grievance-cause.ts).
   */
  grievance?: boolean;
  /**
   * Answers the story's happening (national mourning declared, rescue teams sent): told with no
   * time of its own, it came after the earliest day its article dated a happening to, not anywhen
   * in the week before the report (story-dating.ts).
   */
  answers?: boolean;
  /**
   * A measure of a whole day (an election's turnout): a clock time it borrows from the sentence
   * before is that sentence's, and the measure has only the day (story-dating.ts).
   */
  wholeDay?: boolean;
  /** Befalls a person once (a death, a funeral): reports of one listed person befallen tell one. */
  once?: boolean;
  /**
   * The concept whose nouns name who the happening moves (troops sent, troops arrived): its actors
   * are who sends them and whose they are, not who speaks of them, thanks for them or receives them
   * (sent-actors.ts).
   */
  sends?: string;
  /**
   * Done in office, at no scene (a dismissal, an appointment): "sacked … after demonstrators
   * stormed government buildings in Almaty" names where the storming was, not the sacking.
   */
  noScene?: boolean;
  /**
   * Done by a country's authorities within it (an arrest): "Kazakh authorities arrested Karim
   * Massimov", naming no place, took place in Kazakhstan.
   */
  inAgentCountry?: boolean;
}
