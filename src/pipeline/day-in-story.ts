/**
 * The story a dateless or month-only document belongs to, as its related dated reports tell it:
 * the story's first day, and the earliest day the document can have been written on within it.
 */
import { compareText } from './compare-text.ts';
import { latestDayReported, type DaysReported } from './date-mentions.ts';
import { shift } from './iso-day.ts';
import { RELATED_STORY, type Sister } from './sisters.ts';
import { dayInLaterMonth } from './later-month.ts';
import { bareDayOfLastWeek } from './bare-day-of-last-week.ts';
import { afterEveryReport, earliestInStory, earliestWeekAfter, pastDay } from './story-start.ts';
import { leadConflict, weekdayConflict, type WeekdayEvidence } from './weekday-evidence.ts';
import { aWeekOn } from './week-ago.ts';
import { daysOn, roundCountOn } from './days-after-start.ts';
import { followedConflict } from './followed-on.ts';
import { weekAfterStart } from './week-earlier.ts';
import { pluperfectConflict } from './pluperfect.ts';
import { leadUpInStory } from './pluperfect-lead-up.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

export interface StoryStart {
  day: string;
  /** The document that tells it. */
  id: string;
}

/**
 * A week: what a document's weekdays can reach back, and how far a report told from the story's
 * first day may lie from any related report.
 */
const WEEK_DAYS = 7;

/**
 * The earliest day the dated documents related to this one tell as past by a weekday: the first
 * report of a story is often too short to share a third of a later one's fingerprint.
 */
export function storyStart(
  sisters: readonly Sister[],
  toldBy: (sister: Sister) => string | null,
): StoryStart | null {
  const related = sisters.filter((s) => s.score >= RELATED_STORY).sort((a, b) => compareText(a.date, b.date));
  let start: StoryStart | null = null;
  for (const sister of related) {
    // A document tells weekdays of the week up to its day: one dated a week after the earliest
    // start found cannot tell an earlier one, nor can any after it.
    if (start !== null && shift(sister.date, -WEEK_DAYS) >= start.day) break;
    const day = toldBy(sister);
    if (day !== null && (start === null || day < start.day)) start = { day, id: sister.id };
  }
  return start;
}

function nearRelated(day: string, sisters: readonly Sister[]): boolean {
  const from = shift(day, -WEEK_DAYS);
  const to = shift(day, WEEK_DAYS);
  return sisters.some((s) => s.score >= RELATED_STORY && from <= s.date && s.date <= to);
}

/** How the document tells the story's first day: by its weekday, as one of last week, or not. */
function firstDayTold(
  evidence: WeekdayEvidence,
  first: number,
): 'named' | 'last week' | 'week before' | 'not' {
  if (evidence.past.has(first)) return 'named';
  if (evidence.lastWeek.has(first)) return 'last week';
  return evidence.weekBefore ? 'week before' : 'not';
}

/**
 * The earliest day a document can have been written on within its story, when no same-story
 * document's day fits it: read so that every weekday it tells as past falls on or after the
 * story's first day (see story-start.ts); checked against the weekday it names as today, the
 * dates it reports, its month and the related reports' days. `why` says how, for the reason.
 */
export function dayInStory(
  sisters: readonly Sister[],
  month: string | undefined,
  start: StoryStart | null,
  evidence: WeekdayEvidence,
  days: DaysReported,
): { date: string; why: string } | undefined {
  if (!start) return undefined;
  const weekOn = evidence.weekAgo ? aWeekOn(evidence.past, start.day) : undefined;
  // "Eine Woche nach dem Militärputsch … sind am Sonntag …": a count is round, the opening's own
  // weekday is the day of its news.
  const counted =
    weekOn === undefined && evidence.daysAfter !== undefined
      ? daysOn(evidence.past, start.day, evidence.daysAfter)
      : undefined;
  const countFits =
    counted !== undefined && (evidence.lead === undefined || weekdayOf(counted) === evidence.lead);
  // "applied on Friday … closed a week earlier": that Friday is a week or more into the story.
  const weekBack =
    evidence.weekEarlier === undefined ? undefined : weekAfterStart(evidence.weekEarlier, start.day);
  const inFirstWeek = earliestInStory(evidence, start.day);
  // Read so that a weekday told in the pluperfect falls in the story, it would be the latest news.
  const leadUp =
    inFirstWeek && pluperfectConflict(inFirstWeek, evidence)
      ? leadUpInStory(evidence, start.day, days)
      : undefined;
  const firstWeek = weekOn ?? weekBack ?? (countFits ? counted : undefined) ?? leadUp ?? inFirstWeek;
  // A report that names a day of the week before as such tells its bare weekdays in its own week
  // ("lag sinds vorige week dinsdag vast. Dinsdag passeerden …"): a reading that puts one of them
  // in the week before is of the wrong week.
  const wrongWeek = firstWeek && bareDayOfLastWeek(firstWeek, evidence);
  // A count is round: read from the day counted, a weekday told bare would fall in the week the
  // text tells as last week's; the report is of the first day after it where none does.
  const countOn =
    wrongWeek && countFits && firstWeek === counted
      ? roundCountOn(
          evidence.past,
          start.day,
          counted,
          (date) =>
            bareDayOfLastWeek(date, evidence) === null &&
            (evidence.lead === undefined || weekdayOf(date) === evidence.lead),
        )
      : undefined;
  const inWeek = countOn ?? (wrongWeek ? undefined : firstWeek);
  const weekAfter = inWeek
    ? undefined
    : earliestWeekAfter(evidence, start.day, (date) => bareDayOfLastWeek(date, evidence) === null);
  const date =
    inWeek ??
    weekAfter ??
    afterEveryReport(
      evidence,
      start.day,
      sisters.filter((s) => s.score >= RELATED_STORY).map((s) => s.date),
    );
  // A day the opening counts from the story's first day is held to that day, not to a report near it.
  const fromCount = date !== undefined && (date === countOn || (countFits && date === counted));
  if (!date || (month && date.slice(0, 7) !== month) || (!fromCount && !nearRelated(date, sisters)))
    return undefined;
  if (weekdayConflict(date, evidence) || followedConflict(date, evidence)) return undefined;
  // An opening sentence that names no day tells the news of the day the lede's next sentence
  // names ("Wirecard has applied for bankruptcy. … announced on Thursday that it is insolvent"):
  // a reading that puts a weekday told further on days after it ("arrested on Monday evening")
  // is of the wrong week. A weekday in the opening sentence itself may describe the story's first
  // happening instead ("the plane that crashed on Thursday has been found").
  if (evidence.lead === undefined && leadConflict(date, { past: evidence.past, lead: evidence.opening }))
    return undefined;
  const reported = latestDayReported(days, date.slice(0, 4));
  if (reported && reported > date) return undefined;
  const first = weekdayOf(start.day);
  // "Paus Franciscus overleed op 21 april. … De kardinalen hebben maandag besloten": a report that
  // names the story's first day by its date means another day by that day's weekday.
  if (reported === start.day && evidence.past.has(first) && pastDay(date, first) === start.day)
    return undefined;
  const told = [...evidence.past]
    .sort((a, b) => ((a - first + 7) % 7) - ((b - first + 7) % 7))
    .map((d) => WEEKDAY_NAMES[d])
    .join(', ');
  // Only a weekday told with "since" that put the day later is worth saying.
  const sinceDays =
    earliestInStory({ past: evidence.past }, start.day) === date
      ? ''
      : [...evidence.since].map((d) => WEEKDAY_NAMES[d]).join(' and ');
  const since = sinceDays && `, and the ${sinceDays} it tells as the start of what goes on falls before it`;
  const how = firstDayTold(evidence, first);
  const opening = `${how === 'not' || how === 'week before' ? 'the story began on' : "it names the story's first day,"} ${WEEKDAY_NAMES[first]} ${start.day} as ${start.id} tells it`;
  const everyDay = told && ` on which every weekday it tells as past (${told}) falls on or after it`;
  if (weekOn === date)
    return {
      date,
      why: `${opening}, and it tells what happened a week ago: ${date} is a week after it${told && `, and every weekday it tells as past (${told}) falls on or after it`}`,
    };
  if (weekBack === date)
    return {
      date,
      why: `${opening}, and it counts a week back from ${WEEKDAY_NAMES[weekdayOf(date)]}: ${date} is the first ${WEEKDAY_NAMES[weekdayOf(date)]} a week or more after it${told && `, and every weekday it tells as past (${told}) falls on or after it`}`,
    };
  if (countOn === date)
    return {
      date,
      why: `${opening}, and its opening counts ${evidence.daysAfter} days since, to ${counted}; a count is round, and read from that day a weekday it tells bare would fall in the week it tells as last week's: ${date} is the first day after it where none does${told && `, and every weekday it tells as past (${told}) falls on or after it`}`,
    };
  if (countFits && counted === date)
    return {
      date,
      why: `${opening}, and its opening counts ${evidence.daysAfter} days since: ${date} is ${evidence.daysAfter} days after it${told && `, and every weekday it tells as past (${told}) falls on or after it`}`,
    };
  if (leadUp === date)
    return {
      date,
      why: `${opening}, and the ${[...evidence.earlier].map((d) => WEEKDAY_NAMES[d]).join(' and ')} it tells in the pluperfect led up to it: ${date} is the earliest day on which every weekday it tells in the simple past falls on or after it`,
    };
  if (weekAfter) {
    const week = evidence.lastWeek.has(first)
      ? 'as a day of the week before'
      : 'and it tells what happened as last week';
    const notFirst = wrongWeek ? ` (${wrongWeek})` : '';
    return {
      date,
      why: `${opening}, ${week}; ${date} is the earliest day of the week after${everyDay}${notFirst}`,
    };
  }
  return {
    date,
    why: `${opening}, and ${date} is the earliest day${everyDay}${how === 'named' || how === 'last week' ? '' : onOrAfterRelated(sisters)}${since}`,
  };
}

/**
 * The latest related report a day read in the story's first week lies on or after, named so that
 * the reason can be checked: reports sharing less of the fingerprint are not weighed.
 */
function onOrAfterRelated(sisters: readonly Sister[]): string {
  let latest: Sister | undefined;
  for (const s of sisters) if (s.score >= RELATED_STORY && (!latest || s.date > latest.date)) latest = s;
  return latest ? `, on or after every related report (the latest, ${latest.id} of ${latest.date})` : '';
}

/**
 * A month-only report after every related one, on the first day of its month its weekdays allow
 * (see later-month.ts), where the month begins near a related report and the day fits the text.
 * The month's start, not the day, is held near: weekdays told in order ("opened on Monday. A
 * second followed on Thursday") may put the day a week into the month.
 */
export function dayAfterStory(
  month: string,
  sisters: readonly Sister[],
  evidence: WeekdayEvidence,
  conflictAt: (date: string) => string | null,
): { date: string; why: string } | undefined {
  const related = sisters.filter((s) => s.score >= RELATED_STORY);
  const date = dayInLaterMonth(
    month,
    evidence.past,
    related.map((s) => s.date),
  );
  if (!date || !nearRelated(`${month}-01`, sisters) || conflictAt(date)) return undefined;
  const told = [...evidence.past].map((d) => WEEKDAY_NAMES[d]).join(', ');
  const latest = related.reduce((a, b) => (b.date > a.date ? b : a));
  return {
    date,
    why: `The document gives only the month (${month}), after that of every report telling the same story (the latest, ${latest.id}, of ${latest.date}); ${date} is the first day of its month by which every weekday it tells as past (${told}) has come`,
  };
}
