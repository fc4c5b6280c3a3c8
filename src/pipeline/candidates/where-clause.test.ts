/**
 * A name before a clause of its own ("…, where a knife attack killed three people") neither does
 * nor suffers what that clause tells.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const SCHOLZ: MentionSpec = ['Olaf Scholz', 'actor', 'scholz'];
const SOLINGEN: MentionSpec = ['Solingen', 'place', 'solingen'];

describe('the visitor of the town where the attack was', () => {
  const text =
    'Olaf Scholz vowed on Monday to speed up deportations as he visited Solingen, where a knife attack at a street festival killed three people on Friday.';
  const found = candidatesOf('en', text, '2024-08-26', [SCHOLZ, SOLINGEN]);

  it('did not attack', () => {
    expect(found.filter((c) => c.kind === 'attack').map((c) => c.agent)).toEqual([undefined]);
  });

  it('was not the one killed', () => {
    expect(found.filter((c) => c.kind === 'death').map((c) => c.patient)).not.toContain('scholz');
  });
});
