import { pluralVerb } from './agreement.ts';

/**
 * English title words naming one person ("Suspect remanded in custody"): a trigger's fixed title
 * is written for one, and a figure of its own counting more tells the title to say how many.
 */
const ONE_PERSON = new Set(
  'suspect person man woman child bystander official prisoner hostage soldier officer victim'.split(' '),
);

/**
 * "184 people remanded in custody" for "Suspect remanded in custody" when the happening's own
 * figure ("184 von ihnen sitzen in Untersuchungshaft") counts more than one; undefined when the
 * title names no one person or the count is of one.
 */
export function countedTitle(
  title: string,
  count: { phrase: string; value: number } | undefined,
): string | undefined {
  if (count === undefined || count.value <= 1) return undefined;
  const space = title.indexOf(' ');
  if (space < 0 || !ONE_PERSON.has(title.slice(0, space).toLowerCase())) return undefined;
  return count.phrase + pluralVerb(title.slice(space));
}
