/**
 * A name that opens another clause after a comma and a conjunction is that clause's subject: in
 * "the number of people killed rose to 115, as President Vladimir Putin vowed to punish those
 * behind it" Putin vows; nothing befell him.
 */

/**
 * ", as President ", ", terwijl minister ", ", während Kanzler ": the conjunction and up to two title
 * words; also a speech verb put after what it reports: "…, teilte Innenminister Süleyman Soylu
 * mit", "…, said Interior Minister".
 */
const CLAUSE_OPENER =
  /,\s*(?:as|while|whereas|but|terwijl|maar|während|aber|wobei|said|says|zei|zegt|meldde|sagte|sagt|teilte|teilt|erklärte)\s+(?:(?:the|de|het|der|die)\s+)?(?:\p{L}+\s+){0,2}$/iu;

export function opensOtherClause(text: string, m: { start: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // Cheap gate first: no comma, no new clause.
  return before.includes(',') && CLAUSE_OPENER.test(before);
}
