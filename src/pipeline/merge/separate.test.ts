/**
 * A rescue a report calls separate, with a count of its own, is another rescue than the one the
 * other reports count otherwise: two events, not one with a conflict of 48 against 60.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../../schema/events.ts';
import { callsSeparate } from './separate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a sentence that calls its happening separate', () => {
  it.each([
    ['en', 'The charity ship rescued 48 people in a separate operation on Wednesday.', true],
    ['de', 'In einem separaten Einsatz rettete die Crew 48 Menschen.', true],
    ['nl', 'Bij een aparte reddingsactie werden 48 mensen uit het water gehaald.', true],
    ['en', 'The coastguard rescued 60 people from the apartment block.', false],
    [
      'en',
      'The figure does not include Zahedan, where the group said at least 41 people were killed on Friday.',
      true,
    ],
    ['nl', 'Daarin zijn de doden in Zahedan, waar vrijdag zeker 41 mensen omkwamen, niet meegerekend.', true],
    [
      'de',
      'Die Toten von Zahedan, wo am Freitag mindestens 41 Menschen starben, sind nicht eingerechnet.',
      true,
    ],
    ['en', 'The toll includes at least 41 people killed in Zahedan on Friday.', false],
  ])('[%s] “%s”: %s', (_, text, separate) => {
    expect(callsSeparate(text)).toBe(separate);
  });
});

function rescue(document: string, text: string, value: number, index: number) {
  const when = day('2025-08-13', 'Wednesday');
  const figure: Figure = { value, counts: 'people rescued', text: String(value), qualifier: 'exact' };
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document,
    kind: 'rescue',
    title: `${value} people rescued`,
    places: ['lampedusa'],
    figures: [figure],
  });
}

describe('rescues off Lampedusa on one Wednesday', () => {
  const coastguard = rescue('wire', 'The coastguard pulled 60 people from the water on Wednesday.', 60, 0);
  const again = rescue('guardian', 'Sixty people were rescued by the coastguard on Wednesday.', 60, 0);
  const charity = rescue(
    'guardian',
    'The charity ship Aurora Bianca rescued 48 people in a separate operation on Wednesday.',
    48,
    1,
  );
  const charityAgain = rescue('ngo', 'On Wednesday the Aurora Bianca crew rescued 48 people.', 48, 0);

  it('the one called separate stays apart from the coastguard’s, with the report that repeats it', () => {
    const events = mergeCandidates([coastguard, again, charity, charityAgain]);
    expect(events.map((e) => e.sources.length).sort()).toEqual([2, 2]);
    expect(events.every((e) => e.conflicts.length === 0)).toBe(true);
  });

  it('without the word, two counts of one rescue remain a conflict', () => {
    const plain = rescue('guardian', 'The charity ship Aurora Bianca rescued 48 people on Wednesday.', 48, 1);
    const [event] = mergeCandidates([coastguard, plain]);
    expect(event?.conflicts.map((c) => c.field)).toEqual(['figures.people rescued']);
  });
});

describe('a town’s dead a sentence sets outside a national toll', () => {
  const stateTv =
    'Bei den landesweiten Protesten im Iran sind nach Angaben des Staatsfernsehens bislang 41 Menschen getötet worden. Unter den Toten seien auch Angehörige der Sicherheitskräfte, hieß es am Samstag.';
  const guardian =
    'The Oslo-based group Iran Human Rights said on Sunday that at least 92 people had been killed in the crackdown. The figure does not include Zahedan in the south-eastern province of Sistan-Baluchestan, where the group said at least 41 people were killed on Friday when security forces opened fire on protesters after Friday prayers.';

  it('Zahedan’s 41 dead of Friday are not state television’s 41 dead nationwide of Saturday', async () => {
    const file = await eventFileOf({
      'de_tagesschau.txt': ` date 2022-09-24 Proteste im Iran\n\n${stateTv}\n`,
      'en_guardian.txt': ` date 2022-10-03 Protests in Iran\n\n${guardian}\n`,
    });
    const [national] = eventsFrom(file, 'Staatsfernsehens').filter((e) => e.figures.length > 0);
    const [town] = eventsFrom(file, 'does not include Zahedan').filter((e) => e.figures.length > 0);
    expect(national?.when.start).toBe('2022-09-24');
    expect(town?.when.start).toBe('2022-09-30');
    expect(town).not.toBe(national);
    expect(town?.places).toContain('zahedan');
    expect(national?.places).not.toContain('zahedan');
    expect(town?.figures.map((f) => f.value)).toEqual([41]);
  });
});
