/**
 * First pass over a sentence: every name listed in the data, longest match first, left to right.
 */
import { isCommonWord } from './lexicon.ts';
import type { EntityModel } from './model.ts';
import type { NameHit } from './name-index.ts';
import type { Token } from './text.ts';

/**
 * The token opens the sentence or a quotation, where any word is capitalised, so a listed
 * place name that is also an ordinary word ("Oral", "Split") is no evidence there; countries
 * and actors ("China", "Turkey") are named there too often to be left out.
 */
export function opensClause(tokens: Token[], text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  return /[.!?:“"‘„«(—–]/.test(before);
}

export function findKnown(tokens: Token[], text: string, model: EntityModel): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = model.names
      .matchAt(tokens, text, i)
      .find(
        (h) =>
          h.end - h.first > 1 ||
          h.name.casing === 'acronym' ||
          h.name.target.type === 'actor' ||
          model.places.get(h.name.target.id)?.kind === 'country' ||
          !opensClause(tokens, text, i) ||
          !isCommonWord((tokens[i] as Token).norm, model.lexicon),
      );
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}
