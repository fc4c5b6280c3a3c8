/** Test fixture: whom a happening befell, with the names given as unknown mentions of anyone. */
import type { Mention } from '../types.ts';
import { defaultLexicon } from './lexicon.ts';
import { choosePatient } from './patient.ts';

/** Each name as written in `text`, an unresolved mention at its first place there. */
export function mentionsIn(text: string, names: readonly string[]): Mention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, kind: 'unknown', resolution: 'unresolved' };
  });
}

/** The patient's name of the happening whose trigger is `trigger`, every name a person, none marked "by". */
export function patientIn(text: string, trigger: string, names: readonly string[]): string | undefined {
  return choosePatient(text, mentionsIn(text, names), text.indexOf(trigger), {
    owned: false,
    byMarked: undefined,
    lexicon: defaultLexicon,
    isPerson: () => true,
  })?.text;
}
