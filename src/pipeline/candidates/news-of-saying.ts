/**
 * "Karim Masimov was arrested on Thursday on suspicion of high treason, officials said on
 * Saturday", "Police said on Thursday that dozens of attackers were liquidated overnight": a day
 * of saying later than the day of the happening it tells is the day its news came, not a statement
 * of its own.
 */
import type { Timex } from '../types.ts';
import { saidOn } from './said-on.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * After the day that closes a trailing attribution: the end of the sentence, perhaps after the
 * particle of a German verb of saying ("teilte die Behörde am Samstag mit.").
 */
const CLOSES = /^\s*(?:mit|bekannt)?\s*[.!?]?["”’]?\s*$/iu;
const CLAUSE_BREAK = /[,;:]/;

/**
 * ", officials said on Saturday.", ", zei een woordvoerder zaterdag.", ", sagte ein Sprecher am
 * Samstag.": the saying and its day make up the clause after the sentence's last comma.
 */
function trailingAttribution(text: string, saying: Span, day: Timex): boolean {
  const comma = text.lastIndexOf(',', saying.start);
  return (
    comma >= 0 &&
    (day.start >= saying.end || (saying.start <= day.start && day.end <= saying.end)) &&
    !CLAUSE_BREAK.test(text.slice(comma + 1, day.start)) &&
    CLOSES.test(text.slice(day.end))
  );
}

/**
 * Whether the statement trigger `saying`, dated by `sayingDay`, only carries the news of
 * `happening`, which the same sentence dates by `happeningDay`, an earlier time: the happening is
 * what was said ("said on Thursday that …"), or is told before the clause that names who told it.
 */
export function onlyCarriesNews(
  text: string,
  saying: Span,
  sayingDay: Timex | undefined,
  happening: Span,
  happeningDay: Timex | undefined,
): boolean {
  if (!sayingDay?.interval || !happeningDay?.interval || sayingDay === happeningDay) return false;
  if (happeningDay.interval.start >= sayingDay.interval.start) return false;
  if (happening.start >= sayingDay.end) return saidOn(text, [sayingDay], [saying], sayingDay.value);
  return (
    happening.end <= saying.start &&
    text.lastIndexOf(',', saying.start) >= happening.end &&
    trailingAttribution(text, saying, sayingDay)
  );
}
