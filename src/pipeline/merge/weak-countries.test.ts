/**
 * A report that names no place of its own is about the country whose towns and regions its
 * paragraph names: the Dutch evacuation told after Valkenburg's flooding is not the evacuation of
 * Swisttal the same day, nor are Germany's missing Belgium's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const VALKENBURG = 'Het centrum van Valkenburg is vandaag overstroomd door de Geul.';
const EVACUATED_NL = 'Honderden inwoners en toeristen werden in de nacht geëvacueerd.';
const SWISTTAL =
  'Die Behörden ließen am Donnerstag mehrere Ortschaften in Swisttal und Rheinbach räumen, rund 4500 Menschen mussten ihre Häuser verlassen.';
const AHRWEILER =
  'Allein im Kreis Ahrweiler in Rheinland-Pfalz kamen nach Angaben der Polizei mindestens 90 Menschen ums Leben.';
const MISSING_DE = 'Hunderte Menschen werden noch vermisst.';
const MISSING_BE = 'In Belgium, the death toll rose to 27 on Thursday, with dozens still missing.';
const ELSEWHERE_NL = 'Honderden mensen werden donderdag geëvacueerd.';

let file: EventFile;

beforeAll(async () => {
  file = await eventFileOf({
    'nl_valkenburg.txt': `Valkenburg onder water\n2021-07-15T19:12:00+02:00\n\n${VALKENBURG} ${EVACUATED_NL}\n`,
    'de_swisttal.txt': `Hochwasser\n\nStand: 15.07.2021 17:45 Uhr\n\n${SWISTTAL}\n\n${AHRWEILER} ${MISSING_DE}\n`,
    'en_belgium.txt': ` date 2021-07-15 Floods in Belgium\n\n${MISSING_BE}\n`,
    'nl_nowhere.txt': ` date 2021-07-15 Evacuaties\n\n${ELSEWHERE_NL}\n`,
  });
}, 60_000);

describe('a report without a place keeps to the country its paragraph is about', () => {
  it('the evacuation told after Valkenburg’s flooding is not that of Swisttal', () => {
    const [nl] = eventsFrom(file, EVACUATED_NL);
    const [de] = eventsFrom(file, SWISTTAL);
    expect(nl?.kind).toBe('evacuation');
    expect(de?.kind).toBe('evacuation');
    expect(nl?.id).not.toBe(de?.id);
  });

  it('the missing told after the tolls of the Kreis Ahrweiler are not Belgium’s', () => {
    const de = eventsFrom(file, MISSING_DE).find((e) => e.kind === 'missing');
    const be = eventsFrom(file, MISSING_BE).find((e) => e.kind === 'missing');
    expect(de).toBeDefined();
    expect(be).toBeDefined();
    expect(de?.id).not.toBe(be?.id);
  });

  it('a report in a paragraph that names no place still joins either', () => {
    const [nowhere] = eventsFrom(file, ELSEWHERE_NL);
    expect(nowhere?.sources.length).toBeGreaterThan(1);
  });
});
