import { perObject } from '../per-object.ts';

/** A lexicon's word lists as sets, built once per list: sentences test their words against them. */
export const wordSet = perObject((words: readonly string[]) => new Set(words));
