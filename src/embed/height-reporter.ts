import { heightMessage } from './messages.ts';

/** The id pym.Parent passes to its child in the query string; our loader does not need one. */
export function childIdOf(search: string): string {
  return new URLSearchParams(search).get('childId') ?? 'crisis-chronology';
}

/**
 * Child side of the resize protocol: whenever the page's height changes, tells the embedding page in
 * pym's format. Does nothing outside an iframe. Returns a function that stops reporting.
 */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const id = childIdOf(win.location.search);
  const root = win.document.documentElement;
  let last = -1;
  const send = () => {
    // The body's own height, not the viewport's: the iframe must shrink as well as grow.
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage(heightMessage(id, height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(win.document.body);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}
