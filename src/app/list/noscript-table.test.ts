import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../schema/validate.ts';
import { escapeHtml, noscriptTable } from './noscript-table.ts';

const fixture = (name: string) =>
  parseEventFile(JSON.parse(readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url), 'utf8')));

describe('noscriptTable', () => {
  const html = noscriptTable(fixture('events.json'));

  it('lists every event in time order with its date and title', () => {
    const titles = [...html.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(titles.slice(0, 2)).toEqual([
      '26 protesters and 18 security personnel killed',
      'Some 20,000 people take to the streets of Almaty',
    ]);
    expect(titles).toHaveLength(8);
    expect(html).toContain('<time datetime="2022-01-02">before 8 Jan 2022</time>');
    expect(html).toContain('<time datetime="2022-01-06">6 Jan 2022</time>');
  });

  it('quotes the cited sentences with the titles of their articles', () => {
    expect(html).toContain(
      '<q>Thousands of arrests have reportedly been made.</q> (Former security chief detained on suspicion of treason)',
    );
  });

  it('escapes markup in titles and sentences so nothing runs', () => {
    const evil = noscriptTable(fixture('xss.json'));
    expect(evil).not.toMatch(/<script|<img|<b>/);
    expect(evil).toContain('&lt;script&gt;window.__xss = &quot;script&quot;&lt;/script&gt;');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['angle brackets become entities', '<b>', '&lt;b&gt;'],
    ['quotes become entities', `"it's"`, '&quot;it&#39;s&quot;'],
    ['ampersands are escaped first', '&lt;', '&amp;lt;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
