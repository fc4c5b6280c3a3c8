import { untrack } from 'svelte';
import type { ChronologyState } from './state.svelte.ts';
import { applyUrlState, parseHash, readUrlState, serializeHash } from './url-state.ts';

/**
 * Keeps the location's hash and the chronology in step: a new selection is a history entry (so
 * Back walks selections), any other change replaces the current entry; Back/Forward and edited
 * hashes flow back into the chronology. Call during component initialisation, after the first
 * hash has been applied.
 */
export function syncUrl(chronology: ChronologyState): void {
  let entryEvent = untrack(() => chronology.selectedId);
  $effect(() => {
    const hash = serializeHash(readUrlState(chronology));
    untrack(() => {
      if (hash !== location.hash) {
        const url = hash || `${location.pathname}${location.search}`;
        if (chronology.selectedId !== entryEvent) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      entryEvent = chronology.selectedId;
    });
    const follow = () => {
      applyUrlState(chronology, parseHash(location.hash));
      entryEvent = chronology.selectedId;
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  });
}
