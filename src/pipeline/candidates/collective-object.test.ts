import { describe, expect, it } from 'vitest';
import { befellBody } from './collective-object.ts';

describe('befellBody', () => {
  it.each([
    ['Ruto dismissed almost his entire cabinet.', 'dismissed', 'Ruto', true],
    ['Donderdag ontsloeg Ruto zijn kabinet.', 'ontsloeg', 'Ruto', true],
    ['Donderdag heeft Ruto bijna zijn hele kabinet ontslagen.', 'ontslagen', 'Ruto', true],
    [
      'Nach wochenlangen Protesten hat Ruto fast sein gesamtes Kabinett entlassen.',
      'entlassen',
      'Ruto',
      true,
    ],
    ['The president dismissed the government on Monday.', 'dismissed', undefined, true],
    ['Tokayev dismissed Karim Massimov as head of the security service.', 'dismissed', 'Tokayev', false],
    ['Scholz entließ seinen Finanzminister Christian Lindner.', 'entließ', 'Scholz', false],
    ['Rutte offered his cabinet’s resignation to King Willem-Alexander.', 'offered', 'Rutte', false],
    ['Am Mittwoch entließ Scholz seinen Finanzminister Christian Lindner.', 'entließ', 'Scholz', false],
  ])('“%s”: befell a whole body: %s', (text, verb, subject, expected) => {
    const start = subject === undefined ? -1 : text.indexOf(subject);
    const named = subject === undefined ? undefined : { start, end: start + subject.length };
    expect(befellBody(text, text.indexOf(verb), named)).toBe(expected);
  });
});
