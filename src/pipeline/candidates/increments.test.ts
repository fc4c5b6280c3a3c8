/**
 * A count that adds to a tally ("three more bodies") is a figure of its own measure, so that it
 * neither conflicts with the tally nor takes its place in the title.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, candidatesOfSentence, day } from './test-helpers.ts';

/** The death candidates of one sentence dated by its day word (not by its first word, which may be the count). */
function deaths(lang: string, text: string): { figures: string[]; titles: string[] } {
  const word = /\b(?:Thursday|Friday|Donnerstag|Freitag|donderdag|vrijdag)\b/.exec(text)?.[0];
  const found = candidatesOfSentence(lang, { text, times: [day('2025-08-15', word)] }).filter(
    (c) => c.kind === 'death',
  );
  return {
    figures: found.flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`)),
    titles: found.map((c) => c.title),
  };
}

describe('a count added to a tally of the dead', () => {
  it.each([
    [
      'en',
      'Divers recovered the bodies of three more people from the wreck on Thursday.',
      ['3 more people killed'],
    ],
    ['en', 'Three more bodies were recovered on Friday, police said.', ['3 more people killed']],
    ['en', 'Rescuers recovered another 12 bodies from the sea on Thursday.', ['12 more people killed']],
    ['de', 'Taucher bargen am Donnerstag fünf weitere Leichen aus dem Wrack.', ['5 more people killed']],
    ['de', 'Am Freitag wurden weitere sieben Leichen geborgen.', ['7 more people killed']],
    ['nl', 'Duikers hebben donderdag nog vier lichamen uit het wrak gehaald.', ['4 more people killed']],
    [
      'en',
      'On Friday the rescue teams had found two dead older men, a passenger from Italy and one from Spain.',
      ['2 more people killed'],
    ],
    ['de', 'Am Freitag fanden Taucher im Heck drei Tote.', ['3 more people killed']],
    ['nl', 'Reddingswerkers vonden donderdag twee doden in het wrak.', ['2 more people killed']],
  ])('[%s] “%s” reads as an addition', (lang, text, expected) => {
    expect(deaths(lang, text).figures).toEqual(expected);
  });

  it.each([
    [
      'en',
      'The death toll has risen to 27 after the bodies of two more people were recovered on Thursday.',
      ['27 people killed', '2 more people killed'],
      '27 people killed',
    ],
    [
      'nl',
      'Het dodental is donderdag opgelopen tot 27 nadat duikers nog vier lichamen uit het wrak hadden gehaald.',
      ['27 people killed', '4 more people killed'],
      '27 people killed',
    ],
    [
      'en',
      'Police said on Thursday that three other people died after medical emergencies, bringing the toll to four.',
      ['3 more people killed', '4 people killed'],
      '4 people killed',
    ],
  ])('[%s] “%s” keeps the tally in the title', (lang, text, figures, title) => {
    const found = deaths(lang, text);
    expect(found.figures).toEqual(figures);
    expect(found.titles).toEqual([title]);
  });

  it('[nl] “nog 15 mensen worden vermist” is a count of the missing, no addition', () => {
    const counts = candidatesOf(
      'nl',
      'Bij de ramp kwamen vrijdag 27 mensen om, nog 15 mensen worden vermist.',
      '2025-08-15',
    ).flatMap((c) => c.figures.map((f) => f.counts));
    expect(counts.some((c) => c.startsWith('more'))).toBe(false);
  });

  it.each([
    [
      'en',
      'The United Nations put the number of the dead on Friday at 3,958, more than 9,000 people are still missing.',
    ],
    ['en', 'At least 27 people died on Friday, more than 40 were injured.'],
  ])('[%s] “%s”: a count followed by “more than” is no addition', (lang, text) => {
    const counts = candidatesOf(lang, text, '2025-08-15').flatMap((c) => c.figures.map((f) => f.counts));
    expect(counts.some((c) => c.startsWith('more'))).toBe(false);
  });
});

describe('a count of “others” beside no toll', () => {
  it('[en] “eight other children were also wounded” is a count of its own', () => {
    const counts = candidatesOf(
      'en',
      'Police arrested a boy on Monday after the attack, in which eight other children were also wounded.',
      '2024-07-29',
    ).flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));
    expect(counts).toContain('8 people injured');
  });
});

describe('a count of others besides one person named is all there were', () => {
  /** The arrest figures of one sentence told on Monday. */
  const arrests = (lang: string, text: string) =>
    candidatesOfSentence(lang, { text, times: [day('2019-03-18', 'am Montag')] })
      .filter((c) => c.kind === 'arrest')
      .flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));

  it.each([
    ['de', 'Neben Tanis nahm die Polizei am Montag zwei weitere Männer fest.', ['2 people arrested']],
    [
      'de',
      'Neben den drei Festgenommenen nahm die Polizei am Montag zwei weitere Männer fest.',
      ['3 people arrested', '2 more people arrested'],
    ],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(arrests(lang, text)).toEqual(expected);
  });
});
