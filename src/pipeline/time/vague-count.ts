/**
 * Words that count many without a number, in en, nl and de ("hundreds", "duizenden", "Tausende"),
 * as a source for regular expressions that find a count.
 */
export const VAGUE_COUNT =
  'hundreds|thousands|dozens|honderden|duizenden|tientallen|hunderte|tausende|dutzende';
