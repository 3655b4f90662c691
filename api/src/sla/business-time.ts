/** Support hours: when the support team works, in its own time zone. */
export interface SupportHours {
  timeZone: string;
  /** Minutes after local midnight. */
  opensAt: number;
  closesAt: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workDays: number[];
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day, minute of the day and weekday of an instant in a time zone. */
function localParts(date: Date, timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), minute: Number(parts.hour) * 60 + Number(parts.minute), weekday: weekdays[parts.weekday!]! };
}

/** The instant of a local wall-clock time (day may overflow into the next month, as Date.UTC allows). */
function instantOf(year: number, month: number, day: number, minute: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month - 1, day, 0, minute);
  let guess = wanted;
  // Two corrections settle the zone offset, including across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    guess += wanted - Date.UTC(p.year, p.month - 1, p.day, 0, p.minute);
  }
  return new Date(guess);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `minutes` of support time after `start`: time outside support hours and on non-working days does not count. */
export function addBusinessMinutes(start: Date, minutes: number, hours: SupportHours): Date {
  let remaining = minutes;
  let cursor = start;
  // A day at a time; ten years of days bounds a misconfiguration (the database refuses no work days).
  for (let day = 0; day < 3_660; day++) {
    const local = localParts(cursor, hours.timeZone);
    if (hours.workDays.includes(local.weekday) && local.minute < hours.closesAt) {
      const from = Math.max(local.minute, hours.opensAt);
      const available = hours.closesAt - from;
      if (remaining <= available) {
        // Already open: count from the exact instant; before opening: from the opening time.
        return local.minute >= hours.opensAt ? new Date(cursor.getTime() + remaining * 60_000) : instantOf(local.year, local.month, local.day, from + remaining, hours.timeZone);
      }
      remaining -= available;
    }
    cursor = instantOf(local.year, local.month, local.day + 1, 0, hours.timeZone);
  }
  return cursor;
}
