import { describe, expect, it } from 'vitest';
import { unreadLanguage } from './unread-language.ts';

describe('unreadLanguage', () => {
  it.each([
    [
      'a French report is named as French, which is not read',
      'fr',
      'written in French, which the pipeline does not read (it reads English, Dutch and German)',
    ],
    ['a Dutch report is read', 'nl', undefined],
    ['a report whose language could not be told gets no language reason', 'und', undefined],
  ])('%s', (_, language, expected) => {
    expect(unreadLanguage(language)).toBe(expected);
  });
});
