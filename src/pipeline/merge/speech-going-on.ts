/**
 * "Kazakh President Kassym-Jomart Tokayev said in a televised address Friday morning that he has
 * ordered the military to fire without warning … He said he would not negotiate with the
 * protesters …": what "He said …" goes on with is the speech the sentence before named, on its
 * day. One speech is one event: what the speaker said in it is cited with what that sentence
 * tells, and the reports of either join it.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { GOES_ON, SPEECH } from '../candidates/speech-content.ts';
import type { UnionFind } from './union-find.ts';

const STATEMENT = 'statement';

const sentenceKey = (document: string, index: number) => `${document}\u0000${index}`;

/** Both dated to the one same day. */
function sameDay(a: EventCandidate, b: EventCandidate): boolean {
  const day = a.when.start.slice(0, 10);
  return (
    a.when.end.slice(0, 10) === day && b.when.start.slice(0, 10) === day && b.when.end.slice(0, 10) === day
  );
}

/** Joins each statement that goes on with a speech to what its speaker did in that speech. */
export function joinSpeechGoingOn(cands: readonly EventCandidate[], uf: UnionFind): void {
  let bySentence: Map<string, number[]> | undefined;
  cands.forEach((c, i) => {
    if (c.kind !== STATEMENT || c.agent === undefined || !GOES_ON.test(c.sentence.text)) return;
    if (bySentence === undefined) {
      const index = new Map<string, number[]>();
      cands.forEach((b, j) => {
        const key = sentenceKey(b.document, b.sentence.index);
        const list = index.get(key);
        if (list) list.push(j);
        else index.set(key, [j]);
      });
      bySentence = index;
    }
    for (const j of bySentence.get(sentenceKey(c.document, c.sentence.index - 1)) ?? []) {
      const b = cands[j] as EventCandidate;
      if (
        b.sentence.paragraph === c.sentence.paragraph &&
        b.agent === c.agent &&
        b.concepts?.includes(SPEECH) === true &&
        sameDay(b, c)
      )
        uf.union(i, j);
    }
  });
}
