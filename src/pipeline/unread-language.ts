import { LANGS } from './langs.ts';

let names: Intl.DisplayNames | undefined;

/** English names of languages, set up when first needed: building them cost a run 115 million instructions. */
function nameOf(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return names.of(code) ?? code;
}

/**
 * Why a document gave no event, when the reason is its language: a user who drops a French report
 * into the folder should learn that it was not read, not that it reports nothing.
 */
export function unreadLanguage(language: string): string | undefined {
  if (language === 'und' || LANGS.some((l) => l === language)) return undefined;
  const read = LANGS.map(nameOf);
  return `written in ${nameOf(language)}, which the pipeline does not read (it reads ${read.slice(0, -1).join(', ')} and ${read.at(-1) ?? ''})`;
}
