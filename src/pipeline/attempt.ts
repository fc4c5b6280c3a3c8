import { problem } from './problem.ts';
import type { Warning } from './types.ts';

/** Runs one article through a stage; an article that breaks a stage is skipped, the others go on. */
export function attempt<A extends { file: string }, B>(
  item: A,
  stage: (item: A) => B,
  warnings: Warning[],
  what: string,
): B | undefined {
  try {
    return stage(item);
  } catch (error) {
    warnings.push({ file: item.file, message: `${what} failed (${problem(error)}), skipped` });
    return undefined;
  }
}

/** Runs every article through a stage; those that break it are left out, each with a warning. */
export function each<A extends { file: string }, B>(
  items: A[],
  stage: (item: A) => B,
  warnings: Warning[],
  what: string,
): B[] {
  const out: B[] = [];
  for (const item of items) {
    const result = attempt(item, stage, warnings, what);
    if (result !== undefined) out.push(result);
  }
  return out;
}
