export interface SnippetOptions {
  /** The page the reader is on (location.href): the app, whose folder also holds embed.js and element.js. */
  pageUrl: string;
  /** The view to preset, as the app's URL hash ("#event=…&from=…"): selection, window, filters, map, language. */
  hash: string;
  /** The iframe's accessible name. */
  title: string;
  /** Height before the loader sizes the iframe to its content. */
  height?: number;
}

const attr = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The app's address for an iframe: same folder and `?data=`, plus `embed=1` and the preset view. */
export function embedUrl(pageUrl: string, hash: string): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams(url.search);
  const data = params.get('data');
  const query = new URLSearchParams();
  query.set('embed', '1');
  if (data) query.set('data', new URL(data, url).href);
  url.search = `?${query.toString()}`;
  url.hash = hash.replace(/^#/, '');
  return url.href;
}

/**
 * The iframe form: an <iframe> with a title, and the tiny loader that sizes it to its content. The
 * loader speaks pym.js's messages, so a page that already runs pym.js needs no second script.
 */
export function iframeSnippet(options: SnippetOptions): string {
  const src = embedUrl(options.pageUrl, options.hash);
  const loader = new URL('embed.js', options.pageUrl).href;
  return (
    `<iframe src="${attr(src)}" title="${attr(options.title)}" width="100%" height="${options.height ?? 720}" ` +
    `loading="lazy" style="border:0;width:100%;max-width:100%" data-crisis-chronology></iframe>\n` +
    `<script src="${attr(loader)}" async></script>`
  );
}

/**
 * The custom-element form, for pages that prefer no iframe; the element renders into its shadow root and
 * its landmarks name themselves, so it takes no title (a title attribute would be a tooltip over all of it).
 */
export function elementSnippet(options: Pick<SnippetOptions, 'pageUrl'> & { hash?: string }): string {
  const page = new URL(options.pageUrl);
  const data = new URLSearchParams(page.search).get('data');
  const src = new URL(data ?? 'events.json', page).href;
  const script = new URL('element.js', page).href;
  const view = options.hash ? ` view="${attr(options.hash.replace(/^#/, ''))}"` : '';
  return (
    `<script type="module" src="${attr(script)}"></script>\n` +
    `<crisis-chronology src="${attr(src)}"${view}></crisis-chronology>`
  );
}
