import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage } from './language.ts';
import type { SegmentedArticle } from './types.ts';

describe('guessLanguage', () => {
  it.each([
    [
      'en',
      'Countries are taking measures in response to the unrest in Kazakhstan, where major protests broke out after the turn of the year.',
    ],
    [
      'nl',
      'Landen nemen maatregelen naar aanleiding van de onrust in Kazachstan, waar na de jaarwisseling grote protesten uitbraken.',
    ],
    [
      'de',
      'Die Bundesregierung hat die Ausfuhr von Rüstungsgütern nach Kasachstan vorerst gestoppt, berichtet die Deutsche Presse-Agentur.',
    ],
    [
      'fr',
      "Le gouvernement allemand a suspendu les exportations d'armes vers le Kazakhstan en raison des troubles dans le pays.",
    ],
    ['und', 'Almaty 2022'],
  ])('tells %s from the text', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('reads on where the first 200 characters are a toss-up: a wire report in English is not French', () => {
    const report =
      'Kenyan police fire on protesters storming parliament, several killed\n' +
      'NAIROBI, June 25 (Reuters) - Kenyan police opened fire on demonstrators who stormed parliament in ' +
      'Nairobi on Tuesday, killing at least five people, as lawmakers passed a finance bill raising taxes ' +
      'that has triggered nationwide protests. Protesters overwhelmed police and entered the parliament ' +
      'compound shortly after lawmakers voted to approve the bill, a Reuters reporter saw.';
    expect(guessLanguage(report)).toBe('en');
  });

  it('gives a short English report that stays a toss-up with French to English, a language it reads', () => {
    const report =
      'Opposition moves to impeach\n\nThe Democratic Party said on Tuesday it would file a new impeachment motion against the president. The People Power Party said it would boycott the vote.\n\nThe Labour Party won the election on Thursday, the electoral commission said.';
    expect(guessLanguage(report)).toBe('en');
  });
});

describe('detectLanguage', () => {
  const article = (language?: string): SegmentedArticle => ({
    id: 'a',
    file: 'a.md',
    title: 't',
    meta: language ? { language } : {},
    paragraphs: [
      { id: 'p1', text: 'Vrijdag bleef het relatief rustig in Almaty, zei de president in een verklaring.' },
    ],
    sentences: [],
  });

  it('detects Dutch when the document does not say', () => {
    expect(detectLanguage(article()).language).toBe('nl');
  });

  it('lets the language declared in front matter win', () => {
    expect(detectLanguage(article('de')).language).toBe('de');
  });
});
