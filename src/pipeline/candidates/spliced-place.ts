/**
 * "In Hartlepool griffen Randalierer die Polizei an und setzten ein Auto in Brand, in London nahm
 * die Polizei … fest": where a sentence puts its happening in a place before the trigger, a place
 * after a comma or semicolon past the trigger belongs to the clause spliced on there, which tells
 * another happening ("In Hartlepool, rioters attacked police; in London, …", "In Hartlepool
 * vielen relschoppers de politie aan, in Londen …").
 */
import type { Mention } from '../types.ts';

const CLAUSE_BREAK = /[,;]/;
const OPENING_COMMA = /^\s*,/;

/** Whether `m`, a place after the trigger, lies in a clause spliced on after the one `fronted` opens. */
export function inSplicedClause(
  text: string,
  m: Pick<Mention, 'start'>,
  trigger: number,
  fronted: Pick<Mention, 'end'> | undefined,
): boolean {
  return (
    fronted !== undefined &&
    // English sets the opening place off by a comma ("In Hartlepool, rioters attacked police").
    !CLAUSE_BREAK.test(text.slice(fronted.end, trigger).replace(OPENING_COMMA, '')) &&
    CLAUSE_BREAK.test(text.slice(trigger, m.start))
  );
}
