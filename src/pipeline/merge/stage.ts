import type { EventCandidate } from '../candidates/event-candidate.ts';
import { defaultLexicon } from '../candidates/lexicon.ts';
import type { ChronologyEvent, Source } from '../../schema/events.ts';
import type { Candidate } from '../types.ts';
import { combineFigures, findConflicts } from './conflicts.ts';
import { contentHash } from './id.ts';
import {
  blockKeys,
  clocksClash,
  kindGroup,
  ownClock,
  patientsClash,
  score,
  strongTopics,
  THRESHOLD,
  topicsClash,
} from './similarity.ts';
import { combineWhen } from './when.ts';

/** Blocks larger than this are too unspecific to compare within (keeps the merge sub-quadratic). */
const MAX_BLOCK = 96;

function paragraphNumber(id: string): number {
  const n = /\d+/.exec(id);
  return n ? Number(n[0]) : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sources in reading order: document, paragraph, offset. */
export function compareSources(a: Source, b: Source): number {
  return (
    compareText(a.document, b.document) ||
    paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph) ||
    compareText(a.paragraph, b.paragraph) ||
    a.start - b.start
  );
}

/** Sorting compares sources many times over: each candidate's is built once. */
const sources = new WeakMap<Candidate, Source>();

function sourceOf(c: Candidate): Source {
  let source = sources.get(c);
  if (!source) {
    source = newSource(c);
    sources.set(c, source);
  }
  return source;
}

function newSource(c: Candidate): Source {
  const s = c.sentence;
  return {
    document: c.document,
    paragraph: s.paragraph,
    sentence: s.text,
    start: s.start,
    end: s.end,
    ...(s.mentions.length > 0 ? { mentions: s.mentions } : {}),
  };
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    return root;
  }
}

const kindRank = new Map(defaultLexicon.kinds.map((k, i) => [k.kind, i]));

/** Names in the sentence resolved only by fuzzy matching or context (possible misspellings). */
function guessedNames(c: Candidate): number {
  return c.sentence.mentions.filter((m) => m.resolution === 'fuzzy' || m.resolution === 'context').length;
}

/** The candidate whose title names the event: the most specific kind, English, most informative template. */
function titleCandidate(members: EventCandidate[]): EventCandidate {
  const sorted = [...members].sort(
    (a, b) =>
      (kindRank.get(a.kind) ?? 99) - (kindRank.get(b.kind) ?? 99) ||
      Number(b.language === 'en') - Number(a.language === 'en') ||
      (a.titleRank ?? 99) - (b.titleRank ?? 99) ||
      guessedNames(a) - guessedNames(b) ||
      compareSources(sourceOf(a), sourceOf(b)),
  );
  const first = sorted[0];
  if (!first) throw new Error('titleCandidate: no candidates');
  return first;
}

/**
 * One event per real-world happening. Candidates are compared only within blocks that share a key
 * (kind with actor, place, figure, topic or day); pairs scoring at least THRESHOLD are joined,
 * strongest first, unless that would put two different people (or a person and a crowd), clashing
 * topics or times of day hours apart under one event.
 */
export function mergeCandidates(candidates: Candidate[]): ChronologyEvent[] {
  const items = [...(candidates as EventCandidate[])].sort(
    (a, b) => compareSources(sourceOf(a), sourceOf(b)) || compareText(a.kind, b.kind),
  );
  const blocks = new Map<string, number[]>();
  const keysOf = items.map((c, i) => {
    const keys = blockKeys(c);
    for (const key of keys) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
    return keys;
  });
  // Each candidate is scored against the later ones sharing a block with it, once per pair however
  // many blocks they share (seen[b] remembers the last a that scored b); only passing pairs are kept.
  const seen = new Int32Array(items.length).fill(-1);
  const ranked: { a: number; b: number; s: number }[] = [];
  items.forEach((ca, a) => {
    for (const key of keysOf[a] ?? []) {
      const list = blocks.get(key) ?? [];
      if (list.length < 2 || list.length > MAX_BLOCK) continue;
      // Lists hold indices in ascending order: start past `a` rather than walking up to it.
      for (let j = firstAfter(list, a); j < list.length; j++) {
        const b = list[j] as number;
        if (seen[b] === a) continue;
        seen[b] = a;
        const cb = items[b];
        if (!cb) continue;
        const s = score(ca, cb);
        if (s >= THRESHOLD) ranked.push({ a, b, s });
      }
    }
  });
  // Strongest first; (a, b) is unique, so the order does not depend on the order pairs were found in.
  ranked.sort((p, q) => q.s - p.s || p.a - q.a || p.b - q.b);
  const uf = new UnionFind(items.length);
  const patients = new Map<number, Set<string>>();
  const topics = new Map<number, string[]>();
  const clocks = new Map<number, number[]>();
  items.forEach((c, i) => {
    patients.set(i, new Set(c.patient ? [c.patient] : []));
    topics.set(i, strongTopics(c));
    const clock = ownClock(c);
    clocks.set(i, clock === undefined ? [] : [clock]);
  });
  for (const { a, b } of ranked) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) continue;
    const pa = patients.get(ra) ?? new Set<string>();
    const pb = patients.get(rb) ?? new Set<string>();
    if ([...pa].some((x) => [...pb].some((y) => patientsClash(x, y)))) continue;
    // Checked on whole clusters, so that no chain of weak links joins an arms ban and an entry ban.
    const ta = topics.get(ra) ?? [];
    const tb = topics.get(rb) ?? [];
    if (topicsClash(ta, tb)) continue;
    const ca = clocks.get(ra) ?? [];
    const cb = clocks.get(rb) ?? [];
    if (clocksClash(ca, cb)) continue;
    const root = uf.union(ra, rb);
    patients.set(root, new Set([...pa, ...pb]));
    topics.set(root, [...new Set([...ta, ...tb])]);
    clocks.set(root, [...ca, ...cb]);
  }
  const clusters = new Map<number, EventCandidate[]>();
  items.forEach((c, i) => {
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    list.push(c);
    clusters.set(root, list);
  });
  const events: ChronologyEvent[] = [];
  const ids = new Set<string>();
  for (const members of clusters.values()) {
    const sources = dedupe(members.map(sourceOf)).sort(compareSources);
    const first = sources[0];
    const head = titleCandidate(members);
    if (!first) continue;
    let id = `ev-${contentHash(`${first.document}\n${first.sentence}\n${kindGroup(head.kind)}`)}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    events.push({
      id,
      title: head.title,
      kind: head.kind,
      when: combineWhen(members),
      places: [...new Set(members.flatMap((c) => c.places))].sort(),
      actors: [...new Set(members.flatMap((c) => c.actors))].sort(),
      figures: combineFigures(members),
      sources,
      conflicts: findConflicts(members, sourceOf, compareSources),
    });
  }
  return events.sort((a, b) => compareText(a.when.start, b.when.start) || compareText(a.id, b.id));
}

/** Index of the first entry of the ascending `list` greater than `a`. */
function firstAfter(list: number[], a: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.document}|${s.paragraph}|${s.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
