import { describe, expect, it } from 'vitest';
import { finitePresentPlural } from './present-plural.ts';

describe('an infinitive’s form that is the present plural of what happens', () => {
  it.each<[string, string, boolean]>([
    ['14.35 uur | Betogers bestormen het stadhuis in Almaty.', 'bestormen', true],
    ['Tausende Demonstranten stürmen den Regierungssitz in Almaty.', 'stürmen', true],
    ['Demonstranten probeerden het parlement te bestormen.', 'bestormen', false],
    ['Demonstranten versuchten, das Parlament zu stürmen.', 'stürmen', false],
    ['De betogers willen het parlement bestormen.', 'bestormen', false],
    ['Die Polizei fürchtet, dass Demonstranten das Parlament stürmen wollen.', 'stürmen', false],
    ['Het bestormen van het Capitool duurde uren.', 'bestormen', false],
  ])('“%s”: “%s” is finite: %s', (text, form, expected) => {
    const start = text.indexOf(form);
    expect(finitePresentPlural(text, start, start + form.length)).toBe(expected);
  });
});
