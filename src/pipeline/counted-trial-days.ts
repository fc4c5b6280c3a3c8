import { trialDays, type Pairing } from './anchored-dates.ts';
import { shift } from './iso-day.ts';

/**
 * The trial days of a report whose lede counts `counted` days since a happening ("Twee dagen na de
 * dood van zijn moeder … kwam de Accession Council bijeen"): first those that many days after each
 * day an anchor gives, the latest first, since what a report counts from is the story's main
 * happening and what it tells before that (the appointment of Tuesday) led up to it; then the others.
 */
export function countedTrialDays(pairs: readonly Pairing[], counted: number | undefined): string[] {
  const days = trialDays(pairs);
  if (counted === undefined || days.length === 0) return days;
  const first = [...new Set(pairs.map((p) => shift(p.anchor.day, counted)))].sort().reverse();
  return [...first, ...days.filter((d) => !first.includes(d))];
}
