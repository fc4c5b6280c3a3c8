/**
 * "Ruto dismissed almost his entire cabinet", "hat Ruto fast sein gesamtes Kabinett entlassen",
 * "heeft Ruto bijna zijn hele kabinet ontslagen": what befell a whole body of people, not the person
 * named beside it, who did it.
 */

const DETERMINER =
  '(?:the|his|her|their|its|de|het|zijn|haar|hun|der|die|das|den|sein|seine|seinen|ihr|ihre|ihren)';
const WHOLE =
  '(?:almost|nearly|entire|whole|bijna|vrijwel|hele|gehele|voltallige|fast|nahezu|gesamte|gesamtes|ganze|ganzes)';
const BODY = '(?:cabinet|kabinet|kabinett|government|regering|regierung|ministers|ministerraad)';
/** "ontsloeg ook de regering", "entließ zudem die Regierung": an adverb before the object. */
const ADVERB = '(?:also|then|ook|eveneens|vervolgens|toen|auch|zudem|ebenfalls|dann|außerdem)';
const BODY_PHRASE = `(?:${ADVERB}\\s+)?(?:${WHOLE}\\s+)*(?:${DETERMINER}\\s+)?(?:${WHOLE}\\s+)*${BODY}(?![\\p{L}'’])`;

/** Right after the verb: "dismissed almost his entire cabinet", "ontsloeg zijn kabinet". */
const AFTER_VERB = new RegExp(`^\\p{L}+\\s+${BODY_PHRASE}`, 'iu');
/** Between the subject and a verb at the clause's end: "Ruto fast sein gesamtes Kabinett entlassen". */
const BEFORE_VERB = new RegExp(`^\\s+${BODY_PHRASE}\\s+$`, 'iu');
/** After the subject of a verb put first: "ontsloeg Ruto zijn kabinet", "entließ Ruto sein Kabinett". */
const AFTER_SUBJECT = new RegExp(`^\\s+${BODY_PHRASE}`, 'iu');

/**
 * Whether the happening whose trigger starts at `trigger` befell a whole cabinet or government
 * named as its object: right after its verb, or beside `subject`, the person next to it.
 */
export function befellBody(text: string, trigger: number, subject?: { start: number; end: number }): boolean {
  if (AFTER_VERB.test(text.slice(trigger, trigger + 60))) return true;
  if (!subject) return false;
  return subject.end <= trigger
    ? BEFORE_VERB.test(text.slice(subject.end, trigger))
    : AFTER_SUBJECT.test(text.slice(subject.end, subject.end + 60));
}
