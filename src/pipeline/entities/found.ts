/**
 * What the entity stage's passes find in a sentence, before it becomes the sentence's mentions:
 * shared by the passes (first-pass.ts, stage.ts, org-names.ts, institutions.ts) and the linking of surnames
 * (surnames.ts).
 */
import type { Mention, TimedSentence } from '../types.ts';
import type { Token } from './text.ts';

/** Every field always set, in one order: one object shape for every pass that reads them. */
export interface Found {
  first: number;
  end: number;
  kind: Mention['kind'];
  id: string | undefined;
  resolution: Mention['resolution'];
  /** Actor or place referred to, even when the sentence does not call it a mention (a demonym as modifier). */
  refers: string | undefined;
  person: boolean;
}

export interface SentenceState {
  sentence: TimedSentence;
  tokens: Token[];
  found: Found[];
  /** 1 where a mention covers the token. A typed array, so that every sentence's has one shape. */
  covered: Uint8Array;
}

/** A mention the second pass or the surnames found. */
export function unlisted(
  first: number,
  end: number,
  kind: Mention['kind'],
  id: string,
  resolution: Mention['resolution'],
): Found {
  return { first, end, kind, id, resolution, refers: undefined, person: false };
}

// Helpers of the passes live at module level, not as closures: tsx (esbuild's keepNames) wraps
// every named closure in a defineProperty call, paid per sentence.
export function cover(state: SentenceState, f: Found): void {
  state.found.push(f);
  for (let i = f.first; i < f.end; i++) state.covered[i] = 1;
}

/** Names no data file lists, gathered over the run for the stage's actor() to describe. */
export interface UnknownNames {
  /** Each name as first written, by id. */
  names: Map<string, string>;
  /** Ids of the names some sentence calls a place ("the village of Kyzylorda-Zhol"). */
  places: Set<string>;
  /** Ids of organisations named after whom they serve ("Bank of England"). */
  organisations: Set<string>;
}

/** The sentence's mentions, in reading order: what it found with an id, as written. */
export function toMentions(state: SentenceState): Mention[] {
  const { tokens, sentence } = state;
  if (state.found.length === 0) return [];
  return state.found
    .filter((f) => f.id !== undefined)
    .sort((a, b) => a.first - b.first)
    .map((f) => {
      const start = (tokens[f.first] as Token).start;
      const end = (tokens[f.end - 1] as Token).end;
      return {
        text: sentence.text.slice(start, end),
        start,
        end,
        kind: f.kind,
        id: f.id,
        resolution: f.resolution,
      };
    });
}
