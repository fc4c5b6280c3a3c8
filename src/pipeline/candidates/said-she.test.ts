/**
 * "Her family said she had no heart problems": in English the pronoun right after the verb of saying
 * is the subject of what was said; the woman the sentence before named does not speak.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const report = (text: string) => ({ 'en.txt': ` date 2022-09-19 Report\n\n${text}\n` });

describe('a pronoun after the verb of saying', () => {
  it('the family speaking of Mahsa Amini is no statement of hers', async () => {
    const said = 'Her family said she had no heart problems.';
    const file = await eventFileOf(
      report(`Mahsa Amini, 22, died in hospital on Friday after her arrest in Tehran. ${said}`),
    );
    expect(eventsFrom(file, said).map((e) => e.title)).not.toContain('Mahsa Amini makes a statement');
  });

  it('a pronoun opening the sentence still stands for the one named before', async () => {
    const said = 'He said the accusations against the police were unfair.';
    const file = await eventFileOf(
      report(`President Ebrahim Raisi spoke at the United Nations in New York on Wednesday. ${said}`),
    );
    expect(eventsFrom(file, said).map((e) => e.title)).toContain('Ebrahim Raisi makes a statement');
  });
});
