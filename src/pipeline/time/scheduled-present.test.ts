import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** The day the weekday `text` of `sentence` gets in an article of Monday 10 January 2022. */
function dayOf(lang: string, sentence: string, text: string): string | undefined {
  const found = extractTimexes(sentence, { lang, dct: '2022-01-10' });
  return found.find((t) => t.text === text)?.value;
}

describe('a weekday a Dutch or German present schedules lies ahead, published Monday 10 January 2022', () => {
  it.each([
    [
      'a resignation announced for Wednesday is on the Wednesday ahead',
      'nl',
      'Premier Rutte treedt woensdag af.',
      'woensdag',
      '2022-01-12',
    ],
    [
      'who says so may stand between the Dutch verb and the weekday',
      'nl',
      'De zuurstof aan boord raakt volgens de kustwacht woensdagochtend op.',
      'woensdagochtend',
      '2022-01-12TMO',
    ],
    [
      'who says so may stand between the German verb and the weekday',
      'de',
      'Der Sauerstoff geht laut der Küstenwache am Mittwoch aus.',
      'Mittwoch',
      '2022-01-12',
    ],
    [
      'the weekday may open the sentence before the verb',
      'nl',
      'Woensdag treedt Rutte af.',
      'Woensdag',
      '2022-01-12',
    ],
    [
      'a council meeting on Tuesday is tomorrow',
      'nl',
      'De Veiligheidsraad komt dinsdag bijeen.',
      'dinsdag',
      '2022-01-11',
    ],
    [
      'a subject with a phrase after it still governs the verb',
      'nl',
      'Het proces tegen de relschoppers begint vrijdag in Den Haag.',
      'vrijdag',
      '2022-01-14',
    ],
    [
      'a name set off by commas after the subject changes nothing',
      'nl',
      'De minister van Financiën, Sigrid Kaag, reist donderdag naar Brussel.',
      'donderdag',
      '2022-01-13',
    ],
    [
      'a present passive schedules too',
      'nl',
      'De stemming wordt woensdag gehouden.',
      'woensdag',
      '2022-01-12',
    ],
    [
      '“op” before the weekday keeps verb and day together',
      'nl',
      'Op donderdag stemt de Eerste Kamer over de noodwet.',
      'donderdag',
      '2022-01-13',
    ],
    [
      'a German vote on Friday is on the Friday ahead',
      'de',
      'Der Bundestag stimmt am Freitag über das Gesetz ab.',
      'Freitag',
      '2022-01-14',
    ],
    [
      'a trial that begins on Tuesday begins tomorrow',
      'de',
      'Am Dienstag beginnt der Prozess.',
      'Dienstag',
      '2022-01-11',
    ],
    [
      'a trip on Thursday is this week’s Thursday',
      'de',
      'Bundeskanzler Olaf Scholz reist am Donnerstag nach Kiew.',
      'Donnerstag',
      '2022-01-13',
    ],
    [
      'the present “tritt … zurück” looks ahead',
      'de',
      'Der Minister tritt am Mittwoch zurück.',
      'Mittwoch',
      '2022-01-12',
    ],
    [
      'an adverb between verb and day changes nothing',
      'de',
      'Der Bundestag stimmt erst am Freitag ab.',
      'Freitag',
      '2022-01-14',
    ],
    [
      'a meeting that “vindt woensdag plaats” is on the Wednesday ahead',
      'nl',
      'Het debat vindt woensdag plaats.',
      'woensdag',
      '2022-01-12',
    ],
    [
      'the present verb next to the day governs it, not a past later in the sentence',
      'nl',
      'Rutte treedt woensdag af, zei hij zondag.',
      'woensdag',
      '2022-01-12',
    ],
    [
      'a past in a relative clause on the subject is that clause’s own: the ending is ahead',
      'nl',
      'De noodtoestand, die sinds 16 mei gold, wordt dinsdagochtend lokale tijd beëindigd.',
      'dinsdagochtend',
      '2022-01-11TMO',
    ],
    [
      'a German relative clause on the subject leaves the present of the main clause',
      'de',
      'Der Ausnahmezustand, der seit dem 16. Mai galt, endet am Dienstagmorgen.',
      'Dienstagmorgen',
      '2022-01-11TMO',
    ],
    [
      'a subject of an article and a noun in -te, “De verdachte”, is no past verb: the hearing is ahead',
      'nl',
      'De verdachte wordt vrijdag voorgeleid aan de rechter-commissaris.',
      'vrijdag',
      '2022-01-14',
    ],
    [
      'a main clause in the past stays past after a relative clause',
      'nl',
      'De noodtoestand, die sinds 16 mei geldt, werd dinsdag beëindigd.',
      'dinsdag',
      '2022-01-04',
    ],
  ])('%s: [%s] “%s”', (_, lang, sentence, text, day) => {
    expect(dayOf(lang, sentence, text)).toBe(day);
  });
});
