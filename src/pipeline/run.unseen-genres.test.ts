/**
 * Eight unseen articles of genres a data desk feeds besides disasters and attacks (a football final,
 * a central bank's rate decision, a court verdict, quarterly results with job cuts, a space launch
 * after a scrub, a rail strike announced ahead, an election night, a heat record; en, nl, de),
 * through the whole pipeline with the real data files: what a reader of each expects to find dated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../schema/events.ts';
import { runUnseen } from './story-fixtures.ts';

let events: ChronologyEvent[];
beforeAll(async () => {
  events = await runUnseen();
}, 30_000);

const of = (document: string) => events.filter((e) => e.sources.some((s) => s.document === document));
const citing = (document: string, opening: string) =>
  of(document).filter((e) =>
    e.sources.some((s) => s.document === document && s.sentence.startsWith(opening)),
  );

describe('the main happening of each genre, on the day the article tells', () => {
  it.each([
    ['en_football_final', 'Andrés Iniesta scores', '2010-07-11'],
    ['en_football_final', 'John Heitinga sent off', '2010-07-11'],
    ['de_ezb_zinsen', 'European Central Bank raises interest rates', '2023-07-27'],
    ['de_ezb_zinsen', 'Federal Reserve raises interest rates', '2023-07-26'],
    ['nl_vonnis_marengo', 'Ridouan Taghi sentenced', '2024-02-27'],
    ['en_intel_results', 'Intel shares fall', '2024-08-02'],
    ['nl_statenverkiezing', 'BBB wins the election', '2023-03-15'],
    ['de_hitze', 'Heatwave in Geilenkirchen', '2019-07-24'],
    ['de_hitze', 'Heatwave in Eindhoven', '2019-07-24'],
  ])('%s: “%s” starting %s', (document, title, start) => {
    const found = of(document).filter((e) => e.title === title);
    expect(found.map((e) => e.when.start)).toContain(start);
  });
});

describe('a football final', () => {
  it('dates the final and its winner to the Sunday night it was played, in Johannesburg', () => {
    const lede = citing('en_football_final', 'Andrés Iniesta scored four minutes');
    expect(lede.map((e) => e.when.start)).toEqual(lede.map(() => '2010-07-11'));
    expect(lede.flatMap((e) => e.places)).toContain('johannesburg');
  });

  it('dates the coach’s words after the match to the night of the final, not a year of past defeats', () => {
    const said = citing('en_football_final', 'Coach Bert van Marwijk');
    expect(said.map((e) => [e.title, e.when.start])).toEqual([
      ['Bert van Marwijk makes a statement', '2010-07-11'],
    ]);
  });

  it('dates the homecoming the squad will make by no day before it', () => {
    const home = citing('en_football_final', 'The Spanish squad will fly back');
    expect(home.map((e) => e.when.start.slice(0, 10))).toEqual(home.map(() => '2010-07-12'));
  });
});

describe('a central bank raises its rates', () => {
  it('places the rise of the day in Frankfurt and keeps the rises since July 2022 apart', () => {
    const rises = of('de_ezb_zinsen').filter(
      (e) => e.title === 'European Central Bank raises interest rates',
    );
    expect(rises.map((e) => e.when.start).sort()).toEqual(['2022-07-01', '2023-07-27']);
    expect(rises.find((e) => e.when.start === '2023-07-27')?.places).toContain('frankfurt-am-main');
  });

  it('dates the day the rates take effect and the next meeting ahead, not on the day of the decision', () => {
    for (const opening of ['Die neuen Zinssätze gelten', 'Die nächste Zinssitzung']) {
      const told = citing('de_ezb_zinsen', opening);
      expect(told.map((e) => e.when.start)).not.toContain('2023-07-27');
    }
  });

  it('counts the rise in points and the rate it rose to in percent, and the rises since July 2022 apart', () => {
    const figures = (start: string) =>
      of('de_ezb_zinsen')
        .filter((e) => e.title === 'European Central Bank raises interest rates' && e.when.start === start)
        .flatMap((e) => e.figures.map((f) => `${f.value} ${f.unit ?? ''} ${f.counts}`));
    expect(figures('2023-07-27')).toEqual([
      '4.25 percent interest rate',
      '0.25 percentage points interest rate change',
    ]);
    expect(figures('2022-07-01')).toEqual(['4.25 percentage points interest rate change']);
  });

  it('dates Lagarde’s words to the day of the meeting', () => {
    const said = citing('de_ezb_zinsen', 'EZB-Präsidentin Christine Lagarde sagte');
    expect(said.map((e) => e.when.start)).toContain('2023-07-27');
  });
});

describe('figures a results story tells as news of their own', () => {
  it.each([
    ['de_ezb_zinsen', 'Die Inflation im Euroraum', 'Inflation rate', '2023-06', '5.5 inflation'],
    ['nl_statenverkiezing', 'De opkomst lag', 'Election turnout', '2023-03', '58 turnout'],
    ['nl_verkiezing', 'De opkomst lag', 'Election turnout', '2023-11-22', '78 turnout'],
  ])('%s: “%s…” is “%s” of %s, counting %s', (document, opening, title, start, figure) => {
    const told = citing(document, opening);
    expect(told.map((e) => [e.title, e.when.start.slice(0, start.length)])).toEqual([[title, start]]);
    expect(told.flatMap((e) => e.figures.map((f) => `${f.value} ${f.counts}`))).toContain(figure);
  });
});

describe('a court verdict with an appeal announced', () => {
  it('places the sentence in Amsterdam', () => {
    const [sentence] = of('nl_vonnis_marengo').filter((e) => e.title === 'Ridouan Taghi sentenced');
    expect(sentence?.places).toContain('amsterdam');
  });

  it('dates the announced appeal to the day of the verdict, not the year the appeal is expected', () => {
    const appeal = citing('nl_vonnis_marengo', 'De advocaat van Taghi liet na afloop weten');
    expect(appeal.map((e) => e.when.start)).toEqual(appeal.map(() => '2024-02-27'));
    expect(appeal.length).toBeGreaterThan(0);
  });

  it('dates the murders that overshadowed the trial by their own years', () => {
    const murders = citing('nl_vonnis_marengo', 'Het proces werd overschaduwd');
    expect(murders.map((e) => e.when.start.slice(0, 4))).not.toContain('2024');
  });
});

describe('quarterly results with job cuts', () => {
  it('names the company that will cut jobs and whose shares fell', () => {
    expect(of('en_intel_results').map((e) => e.title)).toEqual(
      expect.arrayContaining(['Intel makes a statement', 'Intel shares fall']),
    );
  });

  it('counts the fall of the shares in percent, beside the market value it wiped off', () => {
    const [fall] = of('en_intel_results').filter((e) => e.title === 'Intel shares fall');
    expect(fall?.figures.map((f) => `${f.text} ${f.counts}`)).toEqual(
      expect.arrayContaining(['more than $30 billion dollars', '26% shares']),
    );
    expect(fall?.figures.find((f) => f.counts === 'shares')?.unit).toBe('percent');
  });

  it('dates the grants of March to March', () => {
    const grants = citing('en_intel_results', 'In March, the US government awarded');
    expect(grants.map((e) => e.when.start.slice(0, 7))).toEqual(grants.map(() => '2024-03'));
  });
});

describe('a plan of cuts told with the quarter it starts in', () => {
  it('dates the plan to the Thursday it was told, not the fourth quarter of the year before', () => {
    const plan = citing('en_intel_results', 'Intel will cut about 15,000 jobs').filter((e) =>
      e.title.startsWith('Intel plans'),
    );
    expect(plan.map((e) => e.when.start)).toEqual(['2024-08-01']);
  });
});

describe('a space launch after a scrub, in an article without a date', () => {
  it('dates the liftoff to a Saturday at 3:22 p.m., a rocket launch from Florida', () => {
    const liftoff = citing('en_launch', 'The Falcon 9 rocket');
    expect(liftoff.map((e) => e.title)).toEqual(['Rocket launch from Florida']);
    const start = liftoff[0]?.when.start ?? '';
    expect([new Date(`${start.slice(0, 10)}T12:00Z`).getUTCDay(), start.slice(11)]).toEqual([6, '15:22']);
  });

  it('dates the liftoff to the dateline’s day and the attempt called off to the Wednesday before it', () => {
    const [liftoff] = citing('en_launch', 'The Falcon 9 rocket');
    const [scrub] = citing('en_launch', 'A first attempt on Wednesday');
    expect(liftoff?.when.start.slice(5, 10)).toBe('05-30');
    expect(scrub && liftoff && scrub.when.start < liftoff.when.start).toBe(true);
  });

  it('titles the attempt called off as a launch called off', () => {
    expect(citing('en_launch', 'A first attempt on Wednesday').map((e) => e.title)).toEqual([
      'Launch called off',
    ]);
  });

  it('dates the docking due on Sunday by no day before it', () => {
    const docking = citing('en_launch', 'The capsule is due to dock');
    expect(docking.map((e) => e.when.start.slice(5, 10)).filter((d) => d < '05-31')).toEqual([]);
  });
});

describe('a rail strike announced days ahead', () => {
  it('titles the announcement of the strike as such, on the Monday it was made', () => {
    const told = citing('de_bahnstreik', 'Der Ausstand im Personenverkehr');
    expect(told.filter((e) => e.kind === 'statement').map((e) => [e.title, e.when.start])).toEqual([
      ['Strike announced', '2024-01-08'],
    ]);
  });

  it('dates the passenger strike to the Wednesday it is to begin, not to where it was announced', () => {
    const strike = citing('de_bahnstreik', 'Der Ausstand im Personenverkehr').filter(
      (e) => e.kind === 'protest',
    );
    expect(strike.map((e) => [e.title, e.when.start])).toEqual([['Strike', '2024-01-10']]);
  });

  it('tells no strike where the union refrained from one (“auf Streiks verzichtet”)', () => {
    expect(citing('de_bahnstreik', 'Über Weihnachten')).toEqual([]);
  });

  it('takes the board member’s title for no part of his name (“Bahn-Personalvorstand Martin Seiler”)', () => {
    expect(of('de_bahnstreik').map((e) => e.title)).toContain('Martin Seiler makes a statement');
  });

  it('dates the freight strike from Tuesday evening, 6 p.m.', () => {
    const freight = citing('de_bahnstreik', 'Im Güterverkehr soll');
    expect(freight.map((e) => e.when.start)).toContain('2024-01-09T18:00');
  });

  it('dates the strike of December to December and the farmers blocking roads since Monday to Monday', () => {
    expect(citing('de_bahnstreik', 'Bereits im Dezember').map((e) => e.when.start.slice(0, 7))).toContain(
      '2023-12',
    );
    expect(citing('de_bahnstreik', 'Seit Montag blockieren').map((e) => e.when.start)).toContain(
      '2024-01-08',
    );
  });
});

describe('an election night', () => {
  it('dates the exit poll to 21:00 on election day', () => {
    expect(citing('nl_statenverkiezing', 'Om 21.00 uur').map((e) => e.when.start)).toContain(
      '2023-03-15T21:00',
    );
  });

  it('keeps this election apart from the one of November in another article', () => {
    const bbb = of('nl_statenverkiezing').filter((e) => e.kind === 'election-result');
    expect(bbb.flatMap((e) => e.sources.map((s) => s.document))).not.toContain('nl_verkiezing');
  });

  it('dates the Senate vote of 30 May ahead', () => {
    const senate = citing('nl_statenverkiezing', 'De nieuwe Statenleden kiezen');
    expect(senate.map((e) => e.when.start).filter((d) => d < '2023-05-30')).toEqual([]);
  });
});

describe('a heat record', () => {
  it('counts the record in degrees and dates the record it broke to its own year', () => {
    const [record] = of('de_hitze').filter((e) => e.title === 'Heatwave in Geilenkirchen');
    expect(record?.figures.map((f) => f.value)).toContain(40.5);
    expect(record?.figures.map((f) => f.value)).not.toContain(40.3);
  });

  it('tells no cancellation where air conditioning failed (“fielen … die Klimaanlagen aus”)', () => {
    expect(of('de_hitze').filter((e) => e.kind === 'cancellation')).toEqual([]);
  });

  it('dates no forecast for Thursday as a heat that happened', () => {
    const forecast = citing('de_hitze', 'Für Donnerstag erwarten');
    expect(forecast.filter((e) => e.kind === 'heatwave' && e.when.start < '2019-07-25')).toEqual([]);
  });
});
