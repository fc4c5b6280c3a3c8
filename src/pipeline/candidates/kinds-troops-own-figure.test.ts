/**
 * Troops sent are news of their own beside a toll the same sentence gives: "will send 5,000 more
 * soldiers to Valencia, where floods have killed at least 211 people" reports both.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('troops sent beside a toll', () => {
  it.each([
    [
      'en',
      'Saturday Sánchez said his government will send 5,000 more soldiers to Valencia, where floods have killed at least 211 people.',
    ],
    [
      'en',
      'Saturday the government said it would send 5,000 more soldiers to the region, where 211 people were killed.',
    ],
  ])('[%s] “%s” reports the troops and the dead', (lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2024-11-02').map((c) => c.kind);
    expect(kinds).toContain('troops');
    expect(kinds).toContain('death');
  });
});
