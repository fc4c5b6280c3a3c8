import { describe, expect, it } from 'vitest';
import { elementSnippet, embedUrl, iframeSnippet } from './snippet.ts';

const page = 'https://graphics.example.org/2022/kazakhstan/index.html?lang=x#event=old';

describe('embedUrl', () => {
  it('keeps the folder, asks for embed mode and presets the view', () => {
    expect(embedUrl(page, '#event=e-1&from=2022-01-02&to=2022-01-09&map=almaty&lang=nl')).toBe(
      'https://graphics.example.org/2022/kazakhstan/index.html?embed=1#event=e-1&from=2022-01-02&to=2022-01-09&map=almaty&lang=nl',
    );
  });

  it('keeps the data file the page was opened with, as an absolute address', () => {
    expect(embedUrl('https://x.org/app/?data=feeds/timeline.json', '')).toBe(
      'https://x.org/app/?embed=1&data=https%3A%2F%2Fx.org%2Fapp%2Ffeeds%2Ftimeline.json',
    );
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet({ pageUrl: page, hash: '#event=e-1&q=a"b', title: 'Unrest in "Kazakhstan"' });

  it('gives an iframe with an accessible title and the loader beside the app', () => {
    expect(snippet).toContain('title="Unrest in &quot;Kazakhstan&quot;"');
    expect(snippet).toContain(
      '<script src="https://graphics.example.org/2022/kazakhstan/embed.js" async></script>',
    );
    expect(snippet).toContain('data-crisis-chronology');
  });

  it('escapes the preset view inside the src attribute', () => {
    expect(snippet).toContain(
      'src="https://graphics.example.org/2022/kazakhstan/index.html?embed=1#event=e-1&amp;q=a%22b"',
    );
  });
});

describe('elementSnippet', () => {
  it('loads the element module and points it at the event file', () => {
    expect(elementSnippet({ pageUrl: page, hash: '#lang=nl' })).toBe(
      '<script type="module" src="https://graphics.example.org/2022/kazakhstan/element.js"></script>\n' +
        '<crisis-chronology src="https://graphics.example.org/2022/kazakhstan/events.json" view="lang=nl"></crisis-chronology>',
    );
  });
});
