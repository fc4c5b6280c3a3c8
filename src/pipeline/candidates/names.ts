import type { Mention } from '../types.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import { withoutGermanDescriptor } from './german-descriptor.ts';

function humanize(id: string): string {
  return id
    .replace(/^[a-z]+:/, '')
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Titles and roles in front of a name: "President", "US Secretary of State", "head of state". */
const ROLE_PREFIX =
  /^(?:the\s+)?(?:(?:former|ex-|acting|Kazakh|Russian|US|U\.S\.|German|Dutch)\s+)*(?:President|Prime Minister|Minister|Secretary of State|head of state|Chancellor|General|Foreign Minister|Mayor|King|Queen)\s+/i;

/**
 * English name for a title. Names resolved by fuzzy matching or by context (machine-translation
 * errors) are shown by their resolved id, never as misspelt; places in other languages likewise.
 */
export function displayName(m: Mention, lang: string, nameOf?: (id: string) => string | undefined): string {
  const known = m.id ? nameOf?.(m.id) : undefined;
  // A name nobody listed is known as the sentence wrote it: a German one without its descriptor.
  if (known)
    return lang === 'de' && m.id?.startsWith(UNKNOWN_PREFIX) ? withoutGermanDescriptor(known) : known;
  const trusted = m.resolution === 'exact' || m.resolution === 'alias' || m.resolution === 'unresolved';
  // Names in Dutch or German texts are spelt the local way (Tokajev, Kasachstan): use the resolved id.
  if (m.id && (!trusted || lang !== 'en')) return humanize(m.id);
  return m.text.replace(ROLE_PREFIX, '').replace(/['’]s$/, '');
}
