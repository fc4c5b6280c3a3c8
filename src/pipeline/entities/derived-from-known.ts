import type { EntityModel } from './model.ts';

/** "Kazakhs", "Kazachstanen", "Russen": plural demonyms and derived forms of a known name. */
export function derivedFromKnown(model: EntityModel, norm: string): boolean {
  for (const suffix of ['s', 'en', 'n', 'e', 'er', 'es', 'ns', 'i']) {
    if (
      norm.length > suffix.length + 3 &&
      norm.endsWith(suffix) &&
      model.names.single(norm.slice(0, -suffix.length)).length
    ) {
      return true;
    }
  }
  return false;
}
