/**
 * A state of emergency lifted or ended, unrest breaking out, "elected" as an adjective and a
 * German reported "könne": sentences of the New Caledonia unrest of May 2024 in English, Dutch and
 * German, read through the candidate stage with data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MACRON: MentionSpec = ['Macron', 'actor', 'macron'];
const kinds = (lang: string, text: string, mentions: MentionSpec[] = []) =>
  kindsAndTitles(lang, text, '2024-05-27', mentions).map((k) => k.kind);

describe('a state of emergency lifted or ended is its lifting, not a declaration', () => {
  it.each([
    ['nl', 'De Franse regering heft de noodtoestand in Nieuw-Caledonië op.'],
    ['nl', 'De noodtoestand, die sinds 16 mei gold, wordt dinsdagochtend lokale tijd beëindigd.'],
    ['nl', 'Parijs hief de noodtoestand na twaalf dagen op.'],
    ['de', 'Der Ausnahmezustand in Neukaledonien wurde am Dienstag beendet.'],
    ['en', 'The state of emergency in New Caledonia ended on Tuesday morning.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kinds(lang, text)[0]).toBe('emergency-lifted');
  });
});

describe('unrest breaking out is a riot', () => {
  it.each([
    ['en', 'Violence broke out on Monday in Noumea.'],
    ['en', 'Unrest erupted in the capital overnight.'],
    ['nl', 'De onrust brak maandagavond uit in Nouméa.'],
    ['de', 'Die Unruhen waren am vergangenen Montag ausgebrochen.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kinds(lang, text)).toContain('riot');
  });
});

describe('“elected” before the officials it describes is no election', () => {
  it.each([
    ['en', 'He met with the independentist and loyalist elected officials in Nouméa on Thursday.', []],
    ['en', 'The democratically elected president was ousted in a coup in July.', []],
    ['nl', 'Macron sprak donderdag met gekozen vertegenwoordigers van beide kampen.', [MACRON]],
  ] as [string, string, MentionSpec[]][])('[%s] “%s”', (lang, text, mentions) => {
    expect(kinds(lang, text, mentions)).not.toContain('election');
  });

  it('someone elected is still an election: “Mazón was elected regional president in 2023.”', () => {
    expect(kinds('en', 'Carlos Mazón was elected regional president on Sunday.')).toContain('election');
  });
});

describe('a lifting that only could happen is neither a lifting nor a declaration', () => {
  it.each([
    ['de', 'Der Ausnahmezustand könne aufgehoben werden, sobald die Barrikaden geräumt seien.'],
    ['de', 'Der Ausnahmezustand kann nach Angaben der Behörden bald aufgehoben werden.'],
    ['en', 'The state of emergency could be lifted once the barricades are cleared.'],
    ['nl', 'De noodtoestand kan volgens Macron worden opgeheven als de barricades weg zijn.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kinds(lang, text)).toEqual([]);
  });
});
