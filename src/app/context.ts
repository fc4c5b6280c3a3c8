import { getContext, setContext } from 'svelte';
import type { ChronologyState } from './state.svelte.ts';

const key = Symbol('chronology-state');

export function setChronologyState(state: ChronologyState): ChronologyState {
  return setContext(key, state);
}

export function getChronologyState(): ChronologyState {
  const state = getContext<ChronologyState | undefined>(key);
  if (!state) throw new Error('ChronologyState is missing: the component must be inside App');
  return state;
}
