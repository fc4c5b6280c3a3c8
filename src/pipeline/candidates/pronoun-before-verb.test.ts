import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type MentionSpec } from './test-helpers.ts';

const LE_PEN: MentionSpec = ['Le Pen', 'actor', 'marine-le-pen'];

/** The candidates of `text` told right after a sentence that names Le Pen. */
function afterLePen(text: string) {
  const times = text.includes('Monday') ? [day('2025-03-31', 'Monday')] : [];
  const named = { text: 'Le Pen left the courtroom before the sentence was read out.', mentions: [LE_PEN] };
  return extractCandidates(article('doc', 'en', [named, { text, times }], '2025-03-31')).filter(
    (c) => c.sentence.text === text,
  );
}

describe('an English pronoun right before the verb that reports names the person the sentence before named', () => {
  it.each([
    'In an interview with TF1 on Monday evening she called the verdict a "political decision".',
    'Speaking to reporters outside the court on Monday she said she would appeal.',
    'In a televised address, she thanked her supporters.',
  ])('“%s” is a statement of Le Pen', (text) => {
    expect(afterLePen(text).find((c) => c.kind === 'statement')?.agent).toBe('marine-le-pen');
  });
});

describe('a pronoun after a word that reports is someone else’s', () => {
  it.each([
    'A paramedic at the scene said he had counted the bodies of at least five protesters on Monday.',
    'Crowds stormed the official residence shortly after she left.',
    'In a televised address on Monday, General Waker-Uz-Zaman said an interim government would be formed and he would meet the president.',
  ])('“%s” borrows no one', (text) => {
    expect(afterLePen(text).filter((c) => c.actors.includes('marine-le-pen'))).toEqual([]);
  });
});
