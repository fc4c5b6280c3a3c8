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
