import { parseHeightMessage, widthMessage } from './messages.ts';

/**
 * The embedding page's script (dist/embed.js): sizes every iframe that sends pym.js height messages,
 * ours or any pym child, to its content. It only trusts a message from the iframe's own window.
 */
const MAX_HEIGHT = 50_000;

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

function onMessage(event: MessageEvent): void {
  const message = parseHeightMessage(event.data);
  if (!message) return;
  const frame = frameOf(event.source);
  if (!frame || message.height > MAX_HEIGHT) return;
  frame.style.height = `${Math.ceil(message.height)}px`;
  frame.setAttribute('data-resized', String(Math.ceil(message.height)));
}

/**
 * The loader runs async, possibly after the iframes have loaded and sent their first height: like
 * pym.Parent, it sends each iframe a width message, which children answer with their height.
 */
function askForHeights(): void {
  for (const frame of document.querySelectorAll('iframe')) {
    let id = 'crisis-chronology';
    try {
      id = new URL(frame.src, location.href).searchParams.get('childId') ?? id;
    } catch {
      continue;
    }
    frame.contentWindow?.postMessage(widthMessage(id, frame.getBoundingClientRect().width), '*');
  }
}

const key = '__crisisChronologyLoader';
const global = window as unknown as Record<string, boolean>;
if (!global[key]) {
  global[key] = true;
  window.addEventListener('message', onMessage);
  askForHeights();
}
