import type { ChronologyEvent, EventFile } from '../../schema/events.ts';
import { formatWhen } from '../i18n.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

const byTime = (a: ChronologyEvent, b: ChronologyEvent) =>
  a.when.start.localeCompare(b.when.start) || a.id.localeCompare(b.id);

/**
 * The chronology as a static HTML table for readers without JavaScript: date, title, places,
 * and the cited sentences with the titles of their articles. All data is escaped.
 */
export function noscriptTable(file: EventFile): string {
  const places = new Map(file.places.map((p) => [p.id, p.name]));
  const titles = new Map(file.documents.map((d) => [d.id, d.title || d.file]));
  const rows = [...file.events].sort(byTime).map((event) => {
    const where = event.places.map((id) => places.get(id) ?? id).join(', ');
    const quotes = event.sources
      .map(
        (s) =>
          `<li><q>${escapeHtml(s.sentence)}</q> (${escapeHtml(titles.get(s.document) ?? s.document)})</li>`,
      )
      .join('');
    return (
      `<tr><td><time datetime="${escapeHtml(event.when.start)}">${escapeHtml(formatWhen('en', event.when, 'short'))}</time></td>` +
      `<th scope="row">${escapeHtml(event.title)}</th><td>${escapeHtml(where)}</td>` +
      `<td><ul>${quotes}</ul></td></tr>`
    );
  });
  return (
    '<table class="noscript-list"><caption>Events in time order</caption>' +
    '<thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Places</th><th scope="col">Sources</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
