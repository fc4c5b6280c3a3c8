/**
 * Kazakhstan, January 2022: Tokayev made Alikhan Smailov acting prime minister on 5 January and
 * named him prime minister, confirmed by parliament, on 11 January. The acting appointment and the
 * full one of the same person are two happenings, however near their reports' days.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import {
  beforePublication,
  candidatesOfSentence,
  day,
  type MentionSpec,
  type SentenceSpec,
} from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

const TOKAYEV: MentionSpec = ['Tokayev', 'actor', 'tokayev'];
const SMAILOV: MentionSpec = ['Alikhan Smailov', 'actor', 'smailov'];

function appointment(document: string, lang: string, spec: SentenceSpec): EventCandidate {
  const found = candidatesOfSentence(lang, spec).find((c) => c.kind === 'appointment');
  if (!found) throw new Error(`no appointment in "${spec.text}"`);
  return { ...found, document };
}

const reuters = appointment('reuters', 'en', {
  text: 'Tokayev accepted the resignation of the cabinet on Wednesday and appointed first deputy prime minister Alikhan Smailov as acting prime minister.',
  times: [day('2022-01-05', 'on Wednesday')],
  mentions: [TOKAYEV, SMAILOV],
});
const tagesschau = appointment('tagesschau', 'de', {
  text: 'Tokajew ernannte am Mittwoch den bisherigen Vizeregierungschef Alichan Smailow kommissarisch zum Regierungschef.',
  times: [day('2022-01-05', 'am Mittwoch')],
  mentions: [
    ['Tokajew', 'actor', 'tokayev'],
    ['Alichan Smailow', 'actor', 'smailov'],
  ],
});
const aljazeera = appointment('aljazeera', 'en', {
  text: "Kazakhstan's President Kassym-Jomart Tokayev has named Alikhan Smailov as the country's new prime minister.",
  when: beforePublication('2022-01-11'),
  mentions: [['Kassym-Jomart Tokayev', 'actor', 'tokayev'], SMAILOV],
});
const nrc = appointment('nrc', 'nl', {
  text: 'De Kazachse president Kassym-Zjomart Tokajev heeft dinsdag Alichan Smailov benoemd tot nieuwe premier.',
  times: [day('2022-01-11', 'dinsdag')],
  mentions: [
    ['Kassym-Zjomart Tokajev', 'actor', 'tokayev'],
    ['Alichan Smailov', 'actor', 'smailov'],
  ],
});

describe('an acting appointment and the full one of the same person', () => {
  const events = mergeCandidates([reuters, tagesschau, aljazeera, nrc]);
  const told = events
    .map((e) => ({
      title: e.title,
      day: e.when.value,
      documents: [...new Set(e.sources.map((s) => s.document))].sort(),
    }))
    .sort((a, b) => a.day.localeCompare(b.day));

  it('are two events, each told by the reports that say which it was', () => {
    expect(told.map((e) => e.documents)).toEqual([
      ['reuters', 'tagesschau'],
      ['aljazeera', 'nrc'],
    ]);
  });

  it('the acting one is titled so a reader sees it was acting, on 5 January', () => {
    expect(told[0]).toMatchObject({
      title: 'Alikhan Smailov appointed acting prime minister',
      day: '2022-01-05',
    });
  });

  it('the full one, “named … as the country’s new prime minister”, is dated 11 January, titled without “acting”', () => {
    expect(told[1]?.day).toBe('2022-01-11');
    expect(told[1]?.title).toMatch(/Smailov appointed prime minister$/);
  });
});

describe('reports of one day, of which one says the appointment was interim', () => {
  const freis = (document: string, lang: string, text: string, phrase: string) =>
    appointment(document, lang, {
      text,
      times: [day('2020-06-22', phrase)],
      mentions: [['James Freis', 'actor', 'name:james-freis']],
    });

  it('tell one appointment, titled as interim', () => {
    const events = mergeCandidates([
      freis('en', 'en', 'James Freis took over as interim chief executive on Monday.', 'on Monday'),
      freis(
        'de',
        'de',
        'Am Montag übernahm der Amerikaner James Freis die Führung von Wirecard.',
        'Am Montag',
      ),
    ]);
    expect(events.map((e) => [e.title, [...new Set(e.sources.map((s) => s.document))].sort()])).toEqual([
      ['James Freis appointed in an acting capacity', ['de', 'en']],
    ]);
  });
});
