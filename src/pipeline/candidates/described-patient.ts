/**
 * Whom a happening befell when no name says it: the story's suspect giving himself up ("turned
 * himself in", "stellte sich der Polizei"), or a person the report introduces by age alone ("nahm
 * die Polizei einen 15-Jährigen fest", "police arrested a 15-year-old", "een 15-jarige werd
 * aangehouden"). Two such descriptions that differ are two people; either may be one a report names.
 */

/** The prefix of a patient described, not named. */
export const DESCRIBED = 'described:';

/** The suspect of the story, who gives himself up. */
export const SUSPECT = `${DESCRIBED}suspect`;

/**
 * An indefinite article and an age noun: someone new to the story. Not after a comma ("the
 * suspect, a 26-year-old Syrian man"): there it describes the one just named.
 */
const NEW_BY_AGE =
  /(?<!,\s*)(?<!\p{L})(?:an?|een|ein|eine|einen|einem|einer)\s+(\d{1,2})-(?:year-old|jarige|[Jj]ährige[nmr]?)(?!\p{L})/iu;

/** The patient key of a person `text` introduces by age alone, if it does. */
export function newPersonByAge(text: string): string | undefined {
  if (!text.includes('-')) return undefined;
  const age = NEW_BY_AGE.exec(text)?.[1];
  return age === undefined ? undefined : `${DESCRIBED}age-${age}`;
}
