/** An apology in the outage story is a statement titled as one, and what it is for no new happening: en, nl, de. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const KURTZ: MentionSpec = ['George Kurtz', 'actor', 'george-kurtz'];
const BASTIAN: MentionSpec = ['Ed Bastian', 'actor', 'ed-bastian'];

describe('an apology is reported as one', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      "an English 'apologised' is an apology",
      'en',
      'George Kurtz apologised on Friday in an interview with NBC.',
      [KURTZ],
      'George Kurtz apologises',
    ],
    [
      "an American 'apologizes for the cancellations' is an apology, not one more cancellation",
      'en',
      'Ed Bastian apologizes for the cancellations on Monday.',
      [BASTIAN],
      'Ed Bastian apologises',
    ],
    [
      "a German 'entschuldigte sich' is an apology",
      'de',
      'George Kurtz entschuldigte sich am Freitag öffentlich für die Panne.',
      [KURTZ],
      'George Kurtz apologises',
    ],
    [
      "a German 'bat um Entschuldigung' is an apology",
      'de',
      'George Kurtz bat am Freitag die Kunden um Entschuldigung.',
      [KURTZ],
      'George Kurtz apologises',
    ],
    [
      "a Dutch 'bood zijn excuses aan' is an apology",
      'nl',
      'George Kurtz bood vrijdag zijn excuses aan.',
      [KURTZ],
      'George Kurtz apologises',
    ],
    [
      "a Dutch 'verontschuldigde zich' is an apology",
      'nl',
      'George Kurtz verontschuldigde zich vrijdag bij de klanten.',
      [KURTZ],
      'George Kurtz apologises',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    const when = /on \w+day|am \w+tag|vrijdag/.exec(text)?.[0] ?? '';
    const found = candidatesOfSentence(lang, { text, times: [day('2024-07-19', when)], mentions });
    expect(found.map((c) => ({ kind: c.kind, title: c.title }))).toContainEqual({ kind: 'statement', title });
  });
});
