import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';

const clean = (text: string) => cleanArticle(parseHeader({ id: 'x', file: 'x.txt', text }));
const seed = (name: string) => clean(readFileSync(`data/articles/${name}.txt`, 'utf8'));
const texts = (text: string) => clean(text).paragraphs.map((p) => p.text);

describe('cleanArticle on the seeds', () => {
  it('takes the headline printed twice at the top of 001 as the title, once', () => {
    const article = seed('001_7e221e09577bca07');
    expect(article.title).toBe(
      'Germany halts arms supply to Kazakhstan, allows US ambassadors to leave the country',
    );
    expect(article.paragraphs[0]?.text).toMatch(/^Countries are taking action/);
  });

  it('takes a headline glued to the date line and printed again on the next line as the title, once', () => {
    const article = clean(
      ' date 2024-06-25 Kenyan police fire on protesters storming parliament, several killed\n' +
        'Kenyan police fire on protesters storming parliament, several killed\n\n' +
        'NAIROBI, June 25 (Reuters) - Kenyan police opened fire on demonstrators who stormed parliament.\n',
    );
    expect(article.title).toBe('Kenyan police fire on protesters storming parliament, several killed');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'NAIROBI, June 25 (Reuters) - Kenyan police opened fire on demonstrators who stormed parliament.',
    ]);
  });

  it('takes the line above a wire dateline as the title, not as prose running on into it', () => {
    const article = clean(
      ' date 2024-02-16 Kremlin critic Alexei Navalny dies in Arctic penal colony, prison service says\n' +
        'MOSCOW, Feb 16 (Reuters) - Alexei Navalny died on Friday in the Arctic penal colony, the prison service said.\n',
    );
    expect(article.title).toBe(
      'Kremlin critic Alexei Navalny dies in Arctic penal colony, prison service says',
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'MOSCOW, Feb 16 (Reuters) - Alexei Navalny died on Friday in the Arctic penal colony, the prison service said.',
    ]);
  });

  it('drops the comment form and "Back To Top" after the last paragraph of 001', () => {
    const last = seed('001_7e221e09577bca07').paragraphs.at(-1)?.text;
    expect(last).toMatch(/^Friday was relatively quiet in Almaty\./);
  });

  it('drops the sign-off, credits, widgets and disclaimer after the last paragraph of 002', () => {
    const article = seed('002_1b0c4250e89fe703');
    expect(article.paragraphs.at(-1)?.text).toBe(
      'According to official information, at least 18 police officers and soldiers have also died so far.',
    );
    const all = article.paragraphs.map((p) => p.text).join('\n');
    for (const chrome of ['Enlarge image', 'Photo: MARIYA', 'Source: spiegel', 'You may like', '©']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('drops the "read more:" teaser of 001 but keeps its subheading, marked as a heading', () => {
    const paragraphs = seed('001_7e221e09577bca07').paragraphs;
    expect(paragraphs.some((p) => p.text.startsWith('read more'))).toBe(false);
    expect(paragraphs.find((p) => p.text === 'Former head of the security service arrested')).toMatchObject({
      heading: true,
    });
  });

  it('numbers paragraphs p1, p2… in reading order', () => {
    expect(seed('003_de2a286cd65b8dea').paragraphs.map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
  });

  it('derives the title of the headline-less 000 from its first sentence, cut at twelve words', () => {
    expect(seed('000_183ef09ec565af15').title).toBe(
      'Countries are taking measures in response to the unrest in Kazakhstan, where…',
    );
  });
});

describe('cleanArticle on boilerplate in Dutch and German', () => {
  it.each([
    [
      'a Dutch "Lees ook" teaser',
      'Duitsland stopt wapenexport\n\nDuitsland stopt de export van wapens.\n\nLees ook: Zeven vragen over Kazachstan\n\nDe VS laat personeel vertrekken.',
      ['Duitsland stopt de export van wapens.', 'De VS laat personeel vertrekken.'],
    ],
    [
      'a German photo credit and "Mehr zum Thema"',
      'Berlin stoppt Rüstungsexporte\n\nDie Bundesregierung stoppt die Ausfuhr.\n\nFoto: dpa\n\nMehr zum Thema: Kasachstan\n\nIn Almaty fielen Schüsse.',
      ['Die Bundesregierung stoppt die Ausfuhr.', 'In Almaty fielen Schüsse.'],
    ],
    [
      'a cookie notice and a copyright line at the end',
      'Kop\n\nEerste alinea van het verhaal.\n\nTweede alinea.\n\nWij gebruiken cookies om de site te verbeteren. Akkoord?\n\n© 2022 Dagblad',
      ['Eerste alinea van het verhaal.', 'Tweede alinea.'],
    ],
    [
      'a long English cookie notice whose "use" comes too late after "cookies"',
      'Headline\n\nFirst paragraph.\n\nWe use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.',
      ['First paragraph.'],
    ],
    [
      'an agency sign-off and a comment form',
      'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nANP/Reuters\n\nPlaats een reactie',
      ['First paragraph.', 'Second paragraph.'],
    ],
    [
      'a wire credit line and the agency’s standards line',
      'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nReporting by Felix Light; Editing by Andrew Osborn\nOur Standards: The Thomson Reuters Trust Principles.',
      ['First paragraph.', 'Second paragraph.'],
    ],
    [
      'the headline of another article under a lone "Lees ook", and share and paywall lines',
      'Kop\n\nDe president spreekt van een staatsgreep.\n\nLees ook\n\nWat gebeurt er in Kazachstan?\n\nMaandag werd in het hele land gerouwd.\n\nDeel dit artikel\n\nDit artikel is gratis. Abonneer je voor onbeperkt toegang.',
      ['De president spreekt van een staatsgreep.', 'Maandag werd in het hele land gerouwd.'],
    ],
    [
      'the headline of another article under a lone "Lesen Sie auch", and share buttons',
      'Titel\n\nTokajew spricht von einem Putschversuch.\n\nLesen Sie auch\n\nUnruhen in Zentralasien: Was in Kasachstan auf dem Spiel steht\n\nAm Montag wurde der Opfer gedacht.\n\nTeilen auf Facebook\n\nTeilen auf Twitter',
      ['Tokajew spricht von einem Putschversuch.', 'Am Montag wurde der Opfer gedacht.'],
    ],
  ])('removes %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps the clock above a live blog’s first entry as that entry’s heading, no masthead', () => {
    const article = clean(
      '2015-11-14T09:12:00Z\nParis attacks - live updates\n\nParis attacks - live updates\n\n8.50am GMT\n' +
        'Hollande has declared three days of national mourning.\n\n8.05am GMT\nHollande called the attacks an act of war.\n',
    );
    expect(article.title).toBe('Paris attacks - live updates');
    expect(article.paragraphs.map((p) => [p.text, p.heading ?? false])).toEqual([
      ['8.50am GMT', true],
      ['Hollande has declared three days of national mourning.', false],
      ['8.05am GMT', true],
      ['Hollande called the attacks an act of war.', false],
    ]);
  });

  it('keeps a ticker’s first headline, “+++ 18:45 Uhr: … +++”, as its entry’s heading over its own text, no masthead', () => {
    const article = clean(
      ' date 2022-01-07 Kasachstan: Tokajew erteilt Schießbefehl - der Liveblog\n' +
        'Kasachstan: Tokajew erteilt Schießbefehl - der Liveblog\n\n' +
        '+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++\n' +
        'Der kasachische Präsident Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen.\n\n' +
        '+++ 12:05 Uhr: Innenministerium meldet 26 getötete Angreifer +++\n' +
        'Bei den Unruhen sind nach Angaben des Innenministeriums 26 bewaffnete Angreifer getötet worden.\n',
    );
    expect(article.paragraphs.map((p) => [p.text, p.heading ?? false])).toEqual([
      ['+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++', true],
      [
        'Der kasachische Präsident Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen.',
        false,
      ],
      ['+++ 12:05 Uhr: Innenministerium meldet 26 getötete Angreifer +++', true],
      [
        'Bei den Unruhen sind nach Angaben des Innenministeriums 26 bewaffnete Angreifer getötet worden.',
        false,
      ],
    ]);
  });

  it('keeps the day over a ticker’s first headline, “Freitag, 7. Januar”, as a heading that dates it, no masthead', () => {
    const article = clean(
      ' date 2022-01-08 Kasachstan: Tokajew erteilt Schießbefehl - der Liveblog\n' +
        'Kasachstan: Tokajew erteilt Schießbefehl - der Liveblog\n\n' +
        'Freitag, 7. Januar\n\n' +
        '+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++\n' +
        'Der kasachische Präsident Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen.\n',
    );
    expect(article.paragraphs.map((p) => [p.text, p.heading ?? false])).toEqual([
      ['Freitag, 7. Januar', true],
      ['+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++', true],
      [
        'Der kasachische Präsident Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen.',
        false,
      ],
    ]);
  });

  it('keeps a headline line out of the paragraph on the next line', () => {
    const text =
      'Titel\n\nKasachstan: Tokajew erteilt Schießbefehl\nDer kasachische Präsident Kassym-Schomart Tokajew hat den Sicherheitskräften erlaubt, ohne Vorwarnung auf Demonstranten zu schießen.';
    expect(texts(text)).toEqual([
      'Der kasachische Präsident Kassym-Schomart Tokajew hat den Sicherheitskräften erlaubt, ohne Vorwarnung auf Demonstranten zu schießen.',
    ]);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const text =
      'Titel\n\nDie Proteste in Kasachstan begannen nach der Erhöhung der\nGaspreise und weiteten sich schnell auf das ganze Land aus, sagte er.';
    expect(texts(text)).toEqual([
      'Die Proteste in Kasachstan begannen nach der Erhöhung der Gaspreise und weiteten sich schnell auf das ganze Land aus, sagte er.',
    ]);
  });
});

describe('cleanArticle on Markdown', () => {
  it('turns headings, emphasis and links into their words', () => {
    const article = cleanArticle(
      parseHeader({
        id: 'x',
        file: 'x.md',
        text: '---\ntitle: Unruhen in Almaty\ndate: 2022-01-06\n---\n# Unruhen in Almaty\n\nDie **Regierung** trat laut [Tass](https://tass.ru/a) zurück.\n\n## Schüsse am Flughafen\n\nAm Flughafen fielen Schüsse.',
      }),
    );
    expect(article.title).toBe('Unruhen in Almaty');
    expect(article.paragraphs).toEqual([
      { id: 'p1', text: 'Die Regierung trat laut Tass zurück.' },
      { id: 'p2', text: 'Schüsse am Flughafen', heading: true },
      { id: 'p3', text: 'Am Flughafen fielen Schüsse.' },
    ]);
  });

  it('keeps an article of short lines only, rather than emptying it', () => {
    expect(texts('Almaty\n\nNur-Sultan\n\nAktobe').length).toBeGreaterThan(0);
  });
});
