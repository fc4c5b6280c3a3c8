/**
 * Clocks told in one zone and read in another: a British live blog's "11.20pm GMT" of a story in
 * Paris is 00:20 there, on the next day.
 */

/** Minutes ahead of UTC of the zone names news clocks carry. */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  BST: 60,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
};

/** The zone names a clock may carry ("11.20pm GMT"), the ones `inZone` reads. */
export const ZONE_NAMES: readonly string[] = Object.keys(ABBREVIATIONS);

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Paris"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The wall clock of `zone` at the instant `ms`, as parts. */
function wallClock(zone: string, ms: number): Record<string, string> {
  return Object.fromEntries(
    formatIn(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
}

/** Minutes `zone` is ahead of UTC at the instant `ms`. */
function aheadAt(zone: string, ms: number): number {
  const p = wallClock(zone, ms);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * Minutes ahead of UTC of the zone `from` (a name a clock carries, or an IANA zone) when its wall
 * clock reads `wall`: an IANA zone's offset is taken at that moment, twice over a change of season.
 */
function aheadOf(from: string, wall: number): number | undefined {
  const named = ABBREVIATIONS[from.toUpperCase()];
  if (named !== undefined) return named;
  if (!isTimeZone(from)) return undefined;
  return aheadAt(from, wall - aheadAt(from, wall) * 60_000);
}

/**
 * The day ("2015-11-13") and clock ("23:20") told in the zone `from` ("GMT", or an IANA zone as
 * "Nederlandse tijd" names one), as read in the IANA zone `to`; undefined for a zone not known.
 */
export function inZone(
  day: string,
  time: string,
  from: string,
  to: string,
): { day: string; time: string } | undefined {
  const wall = Date.parse(`${day}T${time}:00Z`);
  if (Number.isNaN(wall)) return undefined;
  const ahead = aheadOf(from, wall);
  if (ahead === undefined) return undefined;
  const parts = wallClock(to, wall - ahead * 60_000);
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
