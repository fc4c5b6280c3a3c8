/**
 * An undated report that tells what only the latest dated report of its story tells was written on
 * that report's day or after it: where its weekdays do not fit that day, the first day after that
 * they fit is its day, not an earlier report's.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';
import { leadBeforeNews, leadConflict } from './weekday-evidence.ts';

function prepare(id: string, text: string, lang: string): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

const early = prepare(
  'early',
  ' date 2024-07-19 Bangladesh imposes curfew\n\nBangladesh imposed a curfew on Friday after clashes in Dhaka. Prime Minister Sheikh Hasina called in the army. At least 39 people were killed on Thursday.',
  'en',
);
const latest = prepare(
  'latest',
  ' date 2024-08-05 Sheikh Hasina resigns\n\nSheikh Hasina resigned as prime minister of Bangladesh on Monday and fled to India. General Waker-Uz-Zaman said an interim government would be formed. President Mohammed Shahabuddin will meet the army chief. Almost 300 people have been killed since July in Dhaka and elsewhere.',
  'en',
);

describe('an undated report that tells the latest report’s news', () => {
  it('is dated on the Wednesday after it when it tells Monday in the pluperfect and Wednesday in the simple past', () => {
    const german = prepare(
      'german',
      'Hasina-Sohn kündigt Rückkehr an\n\nDer Sohn von Sheikh Hasina hat angekündigt, dass seine Mutter zurückkehren werde. Das sagte er am Mittwoch in Dhaka. Hasina war am Montag zurückgetreten und nach Indien geflohen. Am Dienstag hatte Präsident Mohammed Shahabuddin das Parlament aufgelöst. General Waker-Uz-Zaman führt das Militär. Seit Juli wurden fast 300 Menschen getötet.',
      'de',
    );
    const published = resolvePublished([german, early, latest])[0]?.published;
    expect(published).toMatchObject({ date: '2024-08-07', precision: 'day', inferred: true });
    expect(published?.reason).toMatch(
      /follows latest \(2024-08-05\).*2024-08-07 is the first day after it that fits/,
    );
  });

  it('is dated on the Tuesday after it when its opening tells Tuesday and it tells Monday later', () => {
    const dutch = prepare(
      'dutch',
      ' date 2024-08 Parlement ontbonden\n\nPresident Mohammed Shahabuddin heeft dinsdag het parlement van Bangladesh ontbonden. Premier Sheikh Hasina trad maandag af en vluchtte naar India. Generaal Waker-Uz-Zaman leidt het leger in Dhaka. Bij de protesten zijn sinds juli bijna 300 mensen omgekomen.',
      'nl',
    );
    const published = resolvePublished([dutch, early, latest])[0]?.published;
    expect(published).toMatchObject({ date: '2024-08-06', precision: 'day', inferred: true });
    expect(published?.reason).toMatch(
      /the Tuesday its opening sentence tells would fall 6 days before the Monday/,
    );
  });

  it('is dated on the Thursday after it when its opening tells a Thursday as its news', () => {
    const english = prepare(
      'english',
      'Yunus sworn in\n\nMuhammad Yunus was sworn in on Thursday, three days after Sheikh Hasina resigned. President Mohammed Shahabuddin dissolved parliament on Tuesday. General Waker-Uz-Zaman attended in Dhaka. Almost 300 people have been killed since July.',
      'en',
    );
    const published = resolvePublished([english, early, latest])[0]?.published;
    expect(published).toMatchObject({ date: '2024-08-08', inferred: true });
    expect(published?.reason).toMatch(
      /the Thursday its opening sentence tells \(2024-08-01\) would lie before/,
    );
  });

  it('keeps the latest report’s day when its weekdays fit it', () => {
    const english = prepare(
      'english',
      'Hasina flees\n\nSheikh Hasina fled to India on Monday after she resigned. On Sunday, clashes across Bangladesh had killed dozens. General Waker-Uz-Zaman spoke to President Mohammed Shahabuddin in Dhaka. Almost 300 people have been killed since July.',
      'en',
    );
    expect(resolvePublished([english, early, latest])[0]?.published).toMatchObject({
      date: '2024-08-05',
      inferred: true,
    });
  });
});

describe('leadConflict', () => {
  it.each<[string, string, number[], number, boolean]>([
    ['the opening’s Tuesday six days before the Monday told after', '2024-08-05', [1, 2], 2, true],
    ['the opening’s Tuesday the day after the Monday told after', '2024-08-06', [1, 2], 2, false],
    ['a Wednesday told after the opening’s Tuesday, read from Thursday', '2024-08-08', [2, 3], 2, false],
    ['a Saturday told four days after the opening’s Tuesday', '2024-08-10', [2, 6], 2, true],
  ])('%s (a conflict: %s)', (_, date, past, lead, conflict) => {
    expect(leadConflict(date, { past: new Set(past), lead }) !== null).toBe(conflict);
  });
});

describe('leadBeforeNews', () => {
  it.each<[string, string, number, string, boolean]>([
    ['the opening’s Thursday four days before the news of Monday', '2024-08-05', 4, '2024-08-05', true],
    ['the opening’s Sunday the day before the news of Monday', '2024-08-05', 0, '2024-08-05', false],
    ['the opening’s Thursday three days after the news of Monday', '2024-08-08', 4, '2024-08-05', false],
  ])('%s (a conflict: %s)', (_, date, lead, news, conflict) => {
    expect(leadBeforeNews(date, { lead }, news) !== null).toBe(conflict);
  });
});
