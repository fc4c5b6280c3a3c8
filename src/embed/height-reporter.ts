import { heightMessage, parseWidthMessage } from './messages.ts';

/** The id pym.Parent passes to its child in the query string; our loader does not need one. */
export function childIdOf(search: string): string {
  return new URLSearchParams(search).get('childId') ?? 'crisis-chronology';
}

/**
 * Child side of the resize protocol: whenever the page's height changes, tells the embedding page in
 * pym's format, and answers the parent's width message (sent when a loader or pym.Parent starts after
 * the page has loaded) with the current height. Does nothing outside an iframe. Returns a stop function.
 */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const id = childIdOf(win.location.search);
  let last = -1;
  const send = (force = false) => {
    // The body's own height, not the viewport's: the iframe must shrink as well as grow.
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    win.parent.postMessage(heightMessage(id, height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    const asked = event.source === win.parent ? parseWidthMessage(event.data) : null;
    if (asked && asked.id === id) send(true);
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(win.document.body);
  observer.observe(win.document.documentElement);
  win.addEventListener('message', onMessage);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
