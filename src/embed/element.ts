import { mount, unmount } from 'svelte';
import CompactApp from '../app/embed/CompactApp.svelte';
import globalCss from '../app/global.css?inline';
import { hostCss } from './host-css.ts';

/**
 * `<crisis-chronology src="events.json" view="event=…&lang=nl">`: the chronology without an iframe,
 * rendered in an open shadow root so the host page's styles and ours do not mix. The build replaces
 * the marker below with the app's stylesheets (src/embed/vite-plugin.ts).
 */
const STYLESHEETS = '__CRISIS_CHRONOLOGY_STYLESHEETS__';

function stylesheets(): string[] {
  if (STYLESHEETS.startsWith('__')) return [];
  return STYLESHEETS.split(',').map((file) => new URL(file, import.meta.url).href);
}

function hostSheet(): CSSStyleSheet {
  // Constructed sheets are not inline styles, so a strict style-src 'self' still allows them.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(hostCss(globalCss));
  return sheet;
}

export class CrisisChronologyElement extends HTMLElement {
  static observedAttributes = ['src', 'view'];
  #app: ReturnType<typeof mount> | null = null;

  connectedCallback(): void {
    this.#render();
  }

  disconnectedCallback(): void {
    if (this.#app) void unmount(this.#app);
    this.#app = null;
  }

  attributeChangedCallback(): void {
    if (this.isConnected && this.#app) this.#render();
  }

  #render(): void {
    if (this.#app) void unmount(this.#app);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [hostSheet()];
    this.#app = mount(CompactApp, {
      target: root,
      props: {
        src: new URL(this.getAttribute('src') ?? 'events.json', document.baseURI).href,
        view: this.getAttribute('view') ?? '',
        stylesheets: stylesheets(),
        basemapUrl: new URL(/* @vite-ignore */ 'basemap.json', import.meta.url).href,
      },
    });
  }
}

if (!customElements.get('crisis-chronology'))
  customElements.define('crisis-chronology', CrisisChronologyElement);
