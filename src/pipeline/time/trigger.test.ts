import { describe, expect, it } from 'vitest';
import type { Lang } from './lexicon.ts';
import { rulesFor } from './rules.ts';
import { rulesToRun } from './trigger.ts';

describe('the first look for time words', () => {
  it.each<[Lang, string, boolean]>([
    ['en', 'He said at a news conference on Friday that the US wants to learn more.', true],
    ['en', 'Violent protests have been going on for days.', true],
    ['en', 'The situation in the country remains confusing.', false],
    ['nl', 'Tot vrijdagochtend werden meer dan drieduizend mensen gearresteerd.', true],
    ['nl', 'Kazachstanen zijn ontevreden over het beleid van de huidige president.', false],
    ['de', 'Die Proteste dauerten tagelang.', true],
    ['de', 'Seit Jahresbeginn gehen Tausende auf die Straße.', true],
    ['de', 'Die Lage bleibt unübersichtlich.', false],
  ])('[%s] “%s” may hold a time expression: %s', (lang, sentence, expected) => {
    expect(rulesToRun(lang, sentence) !== undefined).toBe(expected);
  });
});

/** The rules that match `text` when run whatever the first look says. */
function matching(lang: Lang, text: string): string[] {
  return rulesFor(lang)
    .filter((rule) => {
      const re = rule.re.regExp;
      re.lastIndex = 0;
      return re.test(text);
    })
    .map((rule) => rule.name);
}

function wanted(lang: Lang, text: string): string[] {
  const toRun = rulesToRun(lang, text);
  return toRun ? toRun.rules.filter((_, i) => toRun.wanted(i)).map((rule) => rule.name) : [];
}

describe('the rules the first look lets run', () => {
  it('runs the weekday rules on a weekday, not the month rules', () => {
    const names = wanted('en', 'He said at a news conference on Friday that the US wants to learn more.');
    expect(names).toContain('weekday');
    expect(names).not.toContain('month');
  });

  it('runs nothing on a text without a trigger word', () => {
    expect(rulesToRun('en', 'The situation in the country remains confusing.')).toBeUndefined();
  });

  // Each text has a rule's anchor in an unusual place: glued to a word, after a hyphen, with a
  // curly apostrophe, inside a longer trigger. Every rule that matches must have been let run.
  it.each<[Lang, string]>([
    ['en', 'Prices rose in midJanuary, 1 said.'],
    ['en', 'Prices rose in the end ofMarch 2021.'],
    ['en', 'It was popular in the mideighties, they said on Friday.'],
    ['en', 'In the ’80s.'],
    ['en', 'Since Valentine’s Day.'],
    ['en', 'It opens on Mondays.'],
    ['en', 'It opens every Monday.'],
    ['en', 'The year-earlier quarter and last year’s quarter.'],
    ['en', 'Profit in the 1988 period.'],
    ['en', 'For days, nearly three years ago.'],
    ['en', 'Net income for the year ended in March.'],
    ['en', 'At noon Thursday, 5 p.m. EST, 14:30, 2022-01-08 and 1/8/2022.'],
    ['en', 'The night from Friday to Saturday, the day before yesterday, later that day.'],
    ['en', 'In the first half of 1989, the third quarter, nineteen ninety-six.'],
    ['en', 'This summer, since the turn of the year, the weekend, earlier this week.'],
    ['nl', 'Sinds de jaarwisseling.'],
    ['nl', 'Na oud en nieuw.'],
    ['nl', 'Het gebeurde beginjanuari, 1 keer.'],
    ['nl', 'De winkel is vrijdags open, elke vrijdag.'],
    ['nl', 'De jaren negentig.'],
    ['nl', 'Om 14.00 uur op 8-1-2022.'],
    ['nl', 'Drie weken geleden, al dagen, wekenlang, de tweede jaarhelft, het eerste kwartaal.'],
    ['de', 'Seit dem Jahreswechsel.'],
    ['de', 'Es geschah MitteJanuar, 1 Mal.'],
    ['de', 'Er kommt freitags, jeden Freitag.'],
    ['de', 'Am Wochenende, Anfang der Woche.'],
    ['de', 'Vor drei Tagen, tagelang, seit Tagen, die 90er Jahre, die zweite Jahreshälfte.'],
    ['de', 'Um 14 Uhr, am 8. Januar 2022, in der Nacht zum Samstag.'],
  ])('[%s] lets every rule that matches “%s” run', (lang, text) => {
    const runs = wanted(lang, text);
    for (const name of matching(lang, text)) expect(runs).toContain(name);
  });
});
