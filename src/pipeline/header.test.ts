import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';

const seed = (name: string) => readFileSync(`data/articles/${name}.txt`, 'utf8');
const parse = (text: string) => parseHeader({ id: 'x', file: 'x.txt', text });

describe('parseHeader', () => {
  it.each([
    [
      'the seed header glued to the first line of 000 gives a day',
      seed('000_183ef09ec565af15'),
      { date: '2022-01-08', precision: 'day', from: 'header' },
      'Countries are taking measures',
    ],
    [
      'the month-only seed header of the Dutch 004 gives a month',
      seed('004_b560f3f6177cdd15'),
      { date: '2022-01-01', precision: 'month', from: 'header' },
      'Landen nemen maatregelen',
    ],
    [
      'the ISO timestamp line under the headline of 002 gives a day and its hour',
      seed('002_1b0c4250e89fe703'),
      { date: '2022-01-08', precision: 'day', from: 'timestamp', hour: 8 },
      'In the face of violent protests',
    ],
    [
      'front matter gives its date',
      '---\ntitle: "Proteste in Almaty"\ndate: 2022-01-06\nlanguage: de\npublisher: Beispielzeitung\n---\nAm Donnerstag…',
      { date: '2022-01-06', precision: 'day', from: 'front-matter' },
      'Am Donnerstag',
    ],
    [
      'front matter with a timestamp gives its hour as written',
      '---\ntitle: "Proteste in Almaty"\ndate: 2022-01-06T21:15:00+01:00\nlanguage: de\n---\nAm Donnerstag…',
      { date: '2022-01-06', precision: 'day', from: 'front-matter', hour: 21 },
      'Am Donnerstag',
    ],
    [
      'a British paper’s date line under the headline gives a day',
      'Russian-led troops arrive in Kazakhstan\n\nThu 6 Jan 2022 12.41 GMT\n\nRussian paratroopers have arrived in Kazakhstan.',
      { date: '2022-01-06', precision: 'day', from: 'date-line' },
      'Russian paratroopers',
    ],
    [
      'a German “Stand:” line under the headline gives a day',
      'Regierung tritt zurück\nStand: 05.01.2022 10:21 Uhr\nNach tagelangen Protesten ist die Regierung zurückgetreten.',
      { date: '2022-01-05', precision: 'day', from: 'date-line' },
      'Nach tagelangen Protesten',
    ],
  ])('%s', (_name, text, published, bodyStart) => {
    const parsed = parse(text);
    expect(parsed.meta.published).toEqual(published);
    expect(parsed.body.trimStart().startsWith(bodyStart)).toBe(true);
  });

  it('takes the line above the timestamp as the headline and drops the masthead above it', () => {
    const parsed = parse(seed('002_1b0c4250e89fe703'));
    expect(parsed.meta.title).toBe('Kazakhstan: Germany imposes export ban on armaments');
    expect(parsed.body).not.toContain('The Limited Times');
  });

  it('takes the headline above a byline, not the byline, as the title', () => {
    const parsed = parse(
      'Home\nWorld\nKazakhstan: President says order restored\nBy Staff Writer\nJanuary 8, 2022\nThe president said on Friday that order had been restored.',
    );
    expect(parsed.meta.title).toBe('Kazakhstan: President says order restored');
    expect(parsed.meta.published).toEqual({ date: '2022-01-08', precision: 'day', from: 'date-line' });
  });

  it('takes the headline above a one-word label of the date ("Published"), not the label', () => {
    const parsed = parse(
      'Skip to content\nHome\nKazakhstan unrest: Dozens killed as police quell protests\nPublished\n6 January 2022\nShare\n\nDozens of protesters have been killed, police say.',
    );
    expect(parsed.meta.title).toBe('Kazakhstan unrest: Dozens killed as police quell protests');
    expect(parsed.meta.published).toEqual({ date: '2022-01-06', precision: 'day', from: 'date-line' });
  });

  it.each<[string, string, string | undefined]>([
    [
      'the headline after the month on the header line, not the trail of sections under it',
      ' date 2011-03 Japan: One week after the seaquake the IAEA boss in Tokyo has arrived\nHome » World » Asia » Japan\n\nPosted by newsdesk | 0 Comments | Share: Facebook Twitter Google+ E-Mail\n\nOne week after the devastating seaquake and the tsunami Japan has paused for the victims.',
      'Japan: One week after the seaquake the IAEA boss in Tokyo has arrived',
    ],
    [
      'the Markdown heading above the timestamp, without its marks',
      '# Japan earthquake and nuclear crisis: latest developments on Sunday\n2011-03-20T12:05:00Z\n\nTOKYO (AP) — Key developments in Japan’s disaster, as they were reported on Sunday.',
      'Japan earthquake and nuclear crisis: latest developments on Sunday',
    ],
    ['no title where the header line goes on with the lede', seed('000_183ef09ec565af15'), undefined],
  ])('takes as the title %s', (_, text, title) => {
    expect(parse(text).meta.title).toBe(title);
  });

  it('reads title, language and publisher from front matter', () => {
    const parsed = parse(
      '---\ntitle: "Proteste in Almaty"\ndate: 2022-01\nlanguage: DE\npublisher: Beispielzeitung\nurl: https://example.org/a\n---\nText.',
    );
    expect(parsed.meta).toEqual({
      title: 'Proteste in Almaty',
      published: { date: '2022-01-01', precision: 'month', from: 'front-matter' },
      language: 'de',
      publisher: 'Beispielzeitung',
      url: 'https://example.org/a',
    });
  });

  it.each([
    ['an article without any date', 'Kazakh authorities have detained the former head.'],
    ['an impossible day in the header', ' date 2022-02-30 Tekst.'],
    ['a timestamp deep inside the article', `${'Zin.\n\n'.repeat(12)}2022-01-08T08:02:35Z\n`],
  ])('finds no publication date in %s', (_name, text) => {
    expect(parse(text).meta.published).toBeUndefined();
  });
});
