import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a weekday in a subordinate clause whose present verb comes last, published Monday 10 January 2022', () => {
  it.each([
    [
      'a reported plan “dat hij woensdag aftreedt” is on the Wednesday ahead',
      'nl',
      'Rutte zei zondag dat hij woensdag aftreedt.',
      'woensdag',
      '2022-01-12',
    ],
    [
      '“dat het debat woensdag plaatsvindt” is on the Wednesday ahead',
      'nl',
      'Het kabinet meldde dat het debat woensdag plaatsvindt.',
      'woensdag',
      '2022-01-12',
    ],
    [
      'a relative clause without a comma schedules too',
      'nl',
      'De top die donderdag begint gaat over migratie.',
      'donderdag',
      '2022-01-13',
    ],
    [
      '“dass er am Mittwoch zurücktritt” is on the Wednesday ahead',
      'de',
      'Scholz sagte am Sonntag, dass er am Mittwoch zurücktritt.',
      'Mittwoch',
      '2022-01-12',
    ],
    [
      'a German relative clause after its comma schedules',
      'de',
      'Der Prozess, der am Dienstag beginnt, wird lange dauern.',
      'Dienstag',
      '2022-01-11',
    ],
    [
      'a participle after a perfect’s auxiliary is no present',
      'de',
      'Die Polizei hat die Wohnung am Samstag durchsucht.',
      'Samstag',
      '2022-01-08',
    ],
    [
      '“dat” determining a noun opens no clause',
      'nl',
      'De politie heeft dat pand zaterdag bezet.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      'a strong past at the end of the clause looks back',
      'de',
      'Er sagte, dass er am Mittwoch zurücktrat.',
      'Mittwoch',
      '2022-01-05',
    ],
    [
      'a past inside the clause looks back',
      'de',
      'Der Mann, der am Samstag verhaftet wurde, schweigt.',
      'Samstag',
      '2022-01-08',
    ],
    [
      'a reporting verb with its particle glued on keeps the day past',
      'de',
      'Wie die Polizei am Sonntag mitteilt, ist die Lage ruhig.',
      'Sonntag',
      '2022-01-09',
    ],
    [
      'a Dutch reporting verb at the end of its clause keeps the day past',
      'nl',
      'Zoals de NOS zaterdag meldt, is het rustig.',
      'zaterdag',
      '2022-01-08',
    ],
  ])('%s: [%s] “%s”', (_, lang, sentence, text, day) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-10' });
    expect(found.find((t) => t.text === text)?.value).toBe(day);
  });
});
