/**
 * Calendar days as ISO `YYYY-MM-DD` strings. Arithmetic runs in UTC so that no machine's time zone or
 * clock can move a day.
 */

export type IsoDate = string

export const isoDate = (year: number, month: number, day: number): IsoDate | null => {
  const t = Date.UTC(year, month - 1, day)
  const d = new Date(t)
  // reject impossible days (Feb 30) rather than let Date roll them over
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

const parts = (iso: IsoDate): readonly [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number)
  return [y!, m!, d!]
}

export const addDays = (iso: IsoDate, days: number): IsoDate => {
  const [y, m, d] = parts(iso)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** 0 = Sunday ... 6 = Saturday, as JavaScript and chrono number them */
export const weekdayOf = (iso: IsoDate): number => {
  const [y, m, d] = parts(iso)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** The most recent day with that weekday on or before `iso` ("on Wednesday" in a Thursday article). */
/**
 * The given weekday nearest `iso` (at most 3 days back or 3 forward): for a reference day that is not an
 * upper bound, such as a photo's date, which the story may follow by a day or two.
 */
export const weekdayNearest = (iso: IsoDate, weekday: number): IsoDate => {
  const back = (weekdayOf(iso) - weekday + 7) % 7
  return back <= 3 ? addDays(iso, -back) : addDays(iso, 7 - back)
}

export const weekdayOnOrBefore = (iso: IsoDate, weekday: number): IsoDate => addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7))

/** Days from `iso` forward to the next day with that weekday (0 when it is that weekday). */
export const daysUntilWeekday = (iso: IsoDate, weekday: number): number => (weekday - weekdayOf(iso) + 7) % 7

/** Whole days from `a` to `b`. */
export const daysBetween = (a: IsoDate, b: IsoDate): number => {
  const [ya, ma, da] = parts(a)
  const [yb, mb, db] = parts(b)
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000)
}

/** Noon UTC of the day: the reference instant handed to chrono, far from any day boundary. */
export const noonOf = (iso: IsoDate): Date => {
  const [y, m, d] = parts(iso)
  return new Date(Date.UTC(y, m - 1, d, 12))
}
