/**
 * A number glued by a hyphen to an age word is a person's age, not a count: "der 17-jährige
 * Verdächtige" counts one suspect, not 17 people, as "de 17-jarige verdachte" and "the 17-year-old
 * suspect" do.
 */
const AGE_AFTER = /^[-‐‑](?:year-old|years-old|jarige?|jährige?[nmrs]?)(?!\p{L})/iu;

/** Whether the number ending at `end` gives an age. */
export function givesAge(text: string, end: number): boolean {
  return AGE_AFTER.test(text.slice(end, end + 12));
}
