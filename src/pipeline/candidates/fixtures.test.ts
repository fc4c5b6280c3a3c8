/**
 * Unseen-style articles (fixtures/) through the real front stages and the time stage; names are
 * left out (mentions: []) so that the test does not depend on the gazetteer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean.ts';
import { parseHeader } from '../header.ts';
import { detectLanguage } from '../language.ts';
import { mergeCandidates } from '../merge/stage.ts';
import { resolvePublished } from '../published.ts';
import { segmentArticle } from '../segment.ts';
import { timeStage } from '../time/stage.ts';
import type { AnnotatedArticle } from '../types.ts';
import { extractCandidates } from './stage.ts';

function annotate(file: string, lang: string): AnnotatedArticle {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8');
  const segmented = segmentArticle(
    cleanArticle(parseHeader({ id: file.replace(/\.\w+$/, ''), file, text })),
    lang,
  );
  const [published] = resolvePublished([detectLanguage(segmented)]);
  if (!published) throw new Error(`no article in ${file}`);
  const timed = timeStage(published);
  return { ...timed, sentences: timed.sentences.map((s) => ({ ...s, mentions: [] })) };
}

function chronology(file: string, lang: string) {
  return mergeCandidates(extractCandidates(annotate(file, lang))).map((e) => ({
    kind: e.kind,
    start: e.when.start.slice(0, 10),
    sources: e.sources.length,
  }));
}

describe('unseen stories', () => {
  it('finds the flood, its deaths, the mourning, the troops, the visit and the outages in an English article', () => {
    expect(chronology('flood-en.txt', 'en')).toEqual(
      expect.arrayContaining([
        { kind: 'disaster', start: '2024-10-29', sources: 1 },
        { kind: 'death', start: '2024-10-31', sources: 1 },
        { kind: 'emergency', start: '2024-10-30', sources: 1 },
        { kind: 'troops', start: '2024-10-30', sources: 1 },
        { kind: 'visit', start: '2024-10-31', sources: 1 },
        expect.objectContaining({ kind: 'disruption' }),
      ]),
    );
  });

  it('finds the strike call, the strike, the demonstration and the arrests in a German article', () => {
    const events = chronology('strike-de.txt', 'de');
    expect(events).toEqual(
      expect.arrayContaining([
        { kind: 'protest', start: '2024-06-13', sources: 1 },
        { kind: 'protest', start: '2024-06-14', sources: 1 },
        expect.objectContaining({ kind: 'arrest', start: '2024-06-14' }),
      ]),
    );
    expect(events.some((e) => e.start === '2024-06-18')).toBe(false);
  });
});
