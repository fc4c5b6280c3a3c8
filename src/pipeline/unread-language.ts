import { LANGS } from './langs.ts';

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Why a document gave no event, when the reason is its language: a user who drops a French report
 * into the folder should learn that it was not read, not that it reports nothing.
 */
export function unreadLanguage(language: string): string | undefined {
  if (language === 'und' || LANGS.some((l) => l === language)) return undefined;
  const read = LANGS.map((l) => NAMES.of(l) ?? l);
  return `written in ${NAMES.of(language) ?? language}, which the pipeline does not read (it reads ${read.slice(0, -1).join(', ')} and ${read.at(-1) ?? ''})`;
}
