/**
 * A request for help is an event of its own, in each language, titled by who asks whom: "appealed
 * for help", "asked … for assistance", Dutch "om hulp gevraagd", "de hulp ingeroepen van", German
 * "bat … um Hilfe", "um Unterstützung gebeten", and as a ticker tells it now: "bittet … um Hilfe",
 * "vraagt … om hulp". A humanitarian appeal for aid stays an appeal.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TOKAYEV: MentionSpec = ['Tokayev', 'actor', 'tokayev'];
const TOKAJEV: MentionSpec = ['Tokajev', 'actor', 'tokayev'];
const TOKAJEW: MentionSpec = ['Tokajew', 'actor', 'tokayev'];
const CSTO: MentionSpec = ['CSTO', 'actor', 'csto'];
const OVKS: MentionSpec = ['OVKS', 'actor', 'csto'];

describe('a request for help', () => {
  // Without the actors' table a Dutch or German title names an actor by its id.
  it.each<[string, string, MentionSpec[], string]>([
    ['en', 'Wednesday Tokayev appealed to the CSTO for help.', [TOKAYEV, CSTO], 'Tokayev asks CSTO for help'],
    ['en', 'Wednesday Tokayev asked the CSTO for assistance.', [TOKAYEV, CSTO], 'Tokayev asks CSTO for help'],
    [
      'en',
      "Wednesday the CSTO agreed to send troops after Kazakhstan's president, Tokayev, appealed for help.",
      [CSTO, TOKAYEV],
      'Tokayev asks CSTO for help',
    ],
    [
      'nl',
      'Woensdag had president Tokajev de CSTO om hulp gevraagd.',
      [TOKAJEV, CSTO],
      'Tokayev asks Csto for help',
    ],
    [
      'nl',
      'Woensdag heeft president Tokajev de hulp ingeroepen van het door Rusland geleide bondgenootschap CSTO.',
      [TOKAJEV, CSTO],
      'Tokayev asks Csto for help',
    ],
    [
      'de',
      'Mittwoch bat Tokajew das Militärbündnis OVKS um Hilfe.',
      [TOKAJEW, OVKS],
      'Tokayev asks Csto for help',
    ],
    [
      'de',
      'Mittwoch hatte Präsident Tokajew die OVKS um Unterstützung gebeten.',
      [TOKAJEW, OVKS],
      'Tokayev asks Csto for help',
    ],
    [
      'de',
      'Präsident Kassym-Schomart Tokajew bittet das von Russland geführte Militärbündnis OVKS um Hilfe.',
      [TOKAJEW, OVKS],
      'Tokayev asks Csto for help',
    ],
    [
      'nl',
      'President Tokajev vraagt het Russische militaire bondgenootschap CSTO om hulp.',
      [TOKAJEV, CSTO],
      'Tokayev asks Csto for help',
    ],
  ])('[%s] “%s”', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-05', mentions)).toContainEqual({
      kind: 'help-request',
      title,
    });
  });

  it('[en] a humanitarian appeal for aid stays an appeal: “Wednesday the UN appealed for aid for the flood victims”', () => {
    expect(
      kindsAndTitles('en', 'Wednesday the UN appealed for aid for the flood victims.', '2022-01-05'),
    ).not.toContainEqual(expect.objectContaining({ kind: 'help-request' }));
  });
});
