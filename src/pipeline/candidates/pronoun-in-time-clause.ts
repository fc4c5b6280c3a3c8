/**
 * "… travelled with the Duke of York on a flight that landed at 3.50pm – some 40 minutes after she
 * had died": a trigger whose subject is a pronoun in a clause of time befalls whoever the pronoun
 * stands for, never a person the main clause named before it ("the Duke of York" did not die).
 */

/** A conjunction of time, a subject pronoun and perhaps an auxiliary and an adverb, right before the trigger. */
const TIME_CLAUSE_PRONOUN =
  /(?<!\p{L})(?:after|before|once|nadat|voordat|nachdem|bevor)\s+(?:she|he|they|zij|ze|hij|sie|er)\s+(?:(?:had|has|have|was|were|is|heeft|hebben|hatte|hat|war|ist)\s+)?(?:\p{L}+ly\s+)?$/iu;

/** Whether the text between a named person and the trigger ends in such a clause's subject pronoun. */
export function pronounSubjectBetween(gap: string): boolean {
  return TIME_CLAUSE_PRONOUN.test(gap);
}
