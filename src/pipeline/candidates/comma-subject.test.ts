import { describe, expect, it } from 'vitest';
import { subjectBeforeComma } from './comma-subject.ts';
import { mentionIn } from './test-helpers.ts';

describe('a name followed by a comma that is the subject of the verb after it', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'an appositive between commas right before the verb is its subject',
      "The CSTO agreed late on Wednesday to send troops after Kazakhstan's president, Kassym-Jomart Tokayev, appealed for help.",
      'Kassym-Jomart Tokayev',
      'appealed',
      true,
    ],
    [
      'a German appositive after a title is its subject too',
      'Der kasachische Präsident, Kassym-Schomart Tokajew, bat das Bündnis um Hilfe.',
      'Kassym-Schomart Tokajew',
      'bat',
      true,
    ],
    [
      'a name opening a relative clause is the subject of its verb',
      'Shahabuddin, who dissolved parliament on Tuesday, spoke to the nation.',
      'Shahabuddin',
      'dissolved',
      true,
    ],
    [
      'an appositive closing a relative clause is not the subject of the main verb',
      'The royal couple and Sánchez, who were accompanied by the Valencian regional president, Carlos Mazón, arrived in Paiporta on Sunday morning.',
      'Carlos Mazón',
      'arrived',
      false,
    ],
    [
      'a name after which other words come before the verb is not its subject so',
      'Kassym-Jomart Tokayev, the president, on Wednesday appealed for help.',
      'Kassym-Jomart Tokayev',
      'appealed',
      false,
    ],
    [
      'a name with no comma after it is left to the other rules',
      'President Kassym-Jomart Tokayev appealed for help.',
      'Kassym-Jomart Tokayev',
      'appealed',
      false,
    ],
  ])('%s: “%s”', (_name, text, name, verb, expected) => {
    const m = mentionIn(text, name, 'actor');
    expect(subjectBeforeComma(text, m, text.indexOf(verb), [m])).toBe(expected);
  });

  it('the head of an organisation named right before the appositive does not speak for himself: “Der Gouverneur der philippinischen Zentralbank, Benjamin Diokno, hatte erklärt”', () => {
    const text =
      'Der Gouverneur der philippinischen Zentralbank, Benjamin Diokno, hatte erklärt, das Geld sei nie geflossen.';
    const head = mentionIn(text, 'Benjamin Diokno', 'actor');
    const bank = mentionIn(text, 'philippinischen Zentralbank', 'actor');
    expect(subjectBeforeComma(text, head, text.indexOf('hatte'), [bank, head])).toBe(false);
  });
});
