/** What findRoles (roles.ts) is given besides a sentence's mentions and trigger, and what it finds. */
import type { Mention } from '../types.ts';

/** Who did it, to whom, where: picked from a sentence's mentions by position around the trigger. */
export interface Roles {
  agent?: Mention;
  patient?: Mention;
  /** The patient and the people listed with it, in the order written ("Correa und Kulturminister Pérez"). */
  befallen?: Mention[];
  other?: Mention;
  place?: Mention;
  /** An agent named only by a common noun ("the government"): no id, English text only. */
  institution?: Mention;
  /** Listed places that only say where the report's source sits, when the sentence names another. */
  sources?: Mention[];
}

/** What findRoles knows of the sentence besides its mentions and trigger. */
export interface RoleOptions {
  isPerson?: (m: Mention) => boolean;
  /** false: no organisation word before the trigger, no institution to look for. */
  orgWordBefore?: boolean;
  /** The subject acts on someone else's happening; the patient is the one it belongs to. */
  patientOf?: boolean;
  /** A name no gazetteer lists that the entity stage found to be a place ("de wijk Tuikwerd"). */
  isPlaceName?: (m: Mention) => boolean;
  /** A place the gazetteer lists as a town: one right before "near" is where the happening was. */
  isTown?: (m: Mention) => boolean;
  /** A place the gazetteer lists as a country. */
  isCountry?: (m: Mention) => boolean;
  /** A place the gazetteer lists as a landmark or a waterway: a square, a bridge, a river never acts. */
  isSite?: (m: Mention) => boolean;
  /** Dutch or German, where a sentence opening with a phrase puts its subject after the verb. */
  verbSecond?: boolean;
  /** Names ending at or before this offset are whom a report is about, not its speaker (reported-before.ts). */
  reportedBefore?: number;
  /** The trigger is a verb of speech: its speaker is its subject, never a name marked by "by" in what is said. */
  speech?: boolean;
  /** The trigger's object is a place it acts on (lexicon `seizesPlace`): no place after it is its subject. */
  seizesPlace?: boolean;
}
