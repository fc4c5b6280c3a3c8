import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from '../candidates/test-helpers.ts';
import { joinNameVariants } from './name-variants.ts';

const GUARD: MentionSpec = ['US Coast Guard', 'actor', 'us-coast-guard'];
const POLICE: MentionSpec = ['Royal Canadian Mounted Police', 'actor', 'rcmp'];

/** The candidates of one sentence of report `document`, with the name in it nobody listed. */
function reported(document: string, text: string, name: string, organisation: MentionSpec) {
  const id = `name:${name.toLowerCase().replace(/ /g, '-')}`;
  return candidatesOf('en', text, '2023-06-22', [[name, 'unknown', id], organisation]).map((c) => ({
    ...c,
    document,
  }));
}

const order = (ids: string[]) => (document: string) => ids.indexOf(document);

describe('a name and its namesake after the same title', () => {
  it('a translation’s “Rear Admiral John Major of the US Coast Guard” is the wire report’s Rear Admiral John Mauger', () => {
    const joined = joinNameVariants(
      [
        ...reported(
          'wire',
          'US Coast Guard Rear Admiral John Mauger said on Monday the search would go on.',
          'John Mauger',
          GUARD,
        ),
        ...reported(
          'mt',
          'Rear Admiral John Major of the US Coast Guard said on Thursday that debris had been found.',
          'John Major',
          GUARD,
        ),
      ],
      order(['wire', 'mt']),
    );
    const mt = joined.find((c) => c.document === 'mt');
    expect(mt?.actors).toContain('name:john-mauger');
    expect(mt?.sentence.mentions.find((m) => m.text === 'John Major')).toMatchObject({
      id: 'name:john-mauger',
    });
  });

  it('the same given name after the same title, beside another organisation, stays two people', () => {
    const joined = joinNameVariants(
      [
        ...reported(
          'wire',
          'US Coast Guard Captain John Frederick said on Monday the search would go on.',
          'John Frederick',
          GUARD,
        ),
        ...reported(
          'other',
          'Royal Canadian Mounted Police Captain John Smith said on Thursday that an inquiry was opened.',
          'John Smith',
          POLICE,
        ),
      ],
      order(['wire', 'other']),
    );
    expect(joined.find((c) => c.document === 'other')?.actors).toContain('name:john-smith');
  });
});
