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

/** ", and ", ", en ", ", und " right before a name. */
const AND_BEFORE = /,\s+(?:and|en|und)\s+$/iu;
/** A verb in the past right after the name: "honoured", "eerde", "ehrte"; not "died", which lists the dead. */
const PAST_VERB_AFTER = /^\s+(?!died\b)\p{Ll}{3,}(?:ed|te|de)(?![\p{L}])/u;

/**
 * Whether the name `m` opens a clause of its own after the trigger's: ", as President …", or ",
 * and Hollande honoured …" after "the four men … were buried": he honours; nothing befell him.
 */
/**
 * ", exactly one week after X set off a car bomb", ", nadat X …", ", nachdem X …": a clause of time
 * whose subject X acts in it. English "after" is a preposition too: a verb must follow the name.
 */
const AFTER_OPENER = /,\s*(?:\p{L}+\s+){0,3}(?:after|nadat|nachdem)\s+(?:(?:the|de|het|der|die)\s+)?$/iu;
const VERB_AFTER = /^\s+\p{Ll}/u;

export function opensOtherClause(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // Cheap gate first: no comma, no new clause.
  if (!before.includes(',')) return false;
  return (
    CLAUSE_OPENER.test(before) ||
    (AFTER_OPENER.test(before) && VERB_AFTER.test(text.slice(m.end, m.end + 4))) ||
    (AND_BEFORE.test(before) && PAST_VERB_AFTER.test(text.slice(m.end, m.end + 24)))
  );
}

/**
 * A relative clause of place or circumstance opened between a name and the trigger: "visited
 * Solingen, where a knife attack killed three", ", waarbij veertien mensen om het leven kwamen",
 * ", wo …", ", bei dem …", or what else happened that day ("trad dinsdag af, op de dag dat
 * betogers …", "on the day protesters …", "am selben Tag, an dem …"): the clause has its own
 * subject, and the name does not act in it.
 */
const OWN_CLAUSE_OPENER =
  /,\s+(?:where|in which|during which|waar|waarbij|waarin|wo|wobei|bei dem|bei der|bei denen|on the (?:same )?day|op de(?:zelfde)? dag|am (?:selben |gleichen )?Tag)[\s,]/i;

/**
 * A clause joined by "and" whose subject is an institution: "visited the crash site on Wednesday
 * and the government declared three days of mourning", "en de regering kondigde", "und die
 * Regierung rief": the government acts in it, not the name before.
 */
const INSTITUTION_CLAUSE =
  /\s(?:and|en|und)\s+(?:the|de|het|die|der|das)\s+(?:government|regering|regierung|police|politie|polizei|army|leger|armee|military)\s/i;

/**
 * A clause of time or cause with a subject of its own, no pronoun that may stand for the name:
 * "Massimov was sacked … after demonstrators stormed government buildings", "nadat demonstranten
 * regeringsgebouwen hadden bestormd", "nachdem Demonstranten Regierungsgebäude gestürmt hatten".
 * The subject may open the trigger itself ("demonstrators storm*"); "after storming the building"
 * has none, and the name stormed.
 */
const SUBORDINATE_CLAUSE =
  /\s(?:after|before|because|nadat|voordat|omdat|nachdem|bevor|weil)\s+(?!(?:he|she|they|it|hij|zij|ze|het|er|sie|es|being|having)\s)((?:[^\s,;:]+\s+){0,6})$/iu;

const GERUND = /^\p{L}+ing(?![\p{L}])/iu;

/**
 * `m` stands before such a clause, in which the trigger at `trigger` stands: it is not the clause's
 * subject, though it may be whom the clause's pronoun stands for ("hours after members of the
 * presidential guard detained him").
 */
export function beforeSubordinateClause(text: string, m: { end: number }, trigger: number): boolean {
  if (m.end > trigger) return false;
  const clause = SUBORDINATE_CLAUSE.exec(text.slice(m.end, trigger));
  return clause !== null && (clause[1] !== '' || !GERUND.test(text.slice(trigger, trigger + 30)));
}

/**
 * A semicolon and an article open a clause with a subject of its own: "the government blames
 * National Thowheeth Jama'ath …; a state of emergency takes effect at midnight" (the group declares
 * nothing), "…; de politie …", "…; die Polizei …".
 */
const SEMICOLON_CLAUSE = /;\s+(?:a|an|the|een|de|het|ein|eine|der|die|das)\s/i;

/** `m` stands before a clause of its own in which the trigger at `trigger` stands. */
export function beforeOwnClause(text: string, m: { end: number }, trigger: number): boolean {
  if (m.end > trigger) return false;
  const between = text.slice(m.end, trigger);
  return (
    OWN_CLAUSE_OPENER.test(between) || INSTITUTION_CLAUSE.test(between) || SEMICOLON_CLAUSE.test(between)
  );
}
