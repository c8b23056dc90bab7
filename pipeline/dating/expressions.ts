/**
 * Day expressions in a stretch of text, found by chrono-node and kept only when the policy
 * (pipeline/rules/datePolicy.ts) says they name one day: a weekday ("on Wednesday", "Wednesday night"),
 * a calendar date ("Oct. 13", "October 24, 2018"), or a day relative to the article's date ("yesterday",
 * "today", "now", "currently").
 */
import * as chrono from "chrono-node"
import { MAX_DAYS_AHEAD, NOT_A_DAY, PRESENT_WORDS } from "../rules/datePolicy.ts"
import { WEEKDAYS } from "../rules/segmentation.ts"
import { addDays, daysBetween, isoDate, type IsoDate, noonOf, weekdayNearest, weekdayOnOrBefore } from "./calendar.ts"

export type DayExpression =
  | { readonly kind: "weekday"; readonly start: number; readonly end: number; readonly weekday: number }
  | { readonly kind: "date"; readonly start: number; readonly end: number; readonly year: number | null; readonly month: number; readonly day: number }
  /** days from the article's published date: 0 for "today"/"now", -1 for "yesterday" */
  | { readonly kind: "relative"; readonly start: number; readonly end: number; readonly offset: number }
  /**
   * a time that is not one day: a `period` ("in April", "this year", "this weekend") or an `offset` from
   * the story's time ("a year ago", "last week", "a day earlier", "tomorrow")
   */
  | { readonly kind: "span"; readonly start: number; readonly end: number; readonly offset: boolean }

export interface Span {
  readonly start: number
  readonly end: number
}

/** chrono needs a reference instant; without a published date only fully stated dates are kept. */
const FALLBACK_REFERENCE: IsoDate = "2000-07-01"

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const presentPattern = new RegExp(`\\b(?:${PRESENT_WORDS.map(escape).join("|")})\\b`, "giu")

/** The text says "now", "currently" or the like. */
export const namesThePresent = (text: string): boolean => text.search(presentPattern) >= 0

const weekdayPattern = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "iu")
const titleCase = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()

/** A weekday right after a capitalised word inside the sentence is part of a name ("Fox News Sunday"). */
const insideName = (text: string, at: number): boolean => {
  const before = text.slice(0, at)
  const m = /(\S+)\s+$/u.exec(before)
  if (!m) return false
  const word = m[1]!.replace(/^[“"‘'(]+/u, "")
  const isFirstWord = before.slice(0, m.index).trim() === ""
  return /^\p{Lu}/u.test(word) && !isFirstWord
}

/**
 * Day expressions in `text.slice(start, end)` (document offsets). `masks` are spans to blank out first:
 * the figures themselves, so that "On Monday, 15 of 26" is not read as 3 pm and "In September, 18" not
 * as September 18.
 */
export const dayExpressions = (
  text: string,
  start: number,
  end: number,
  masks: ReadonlyArray<Span>,
  published: IsoDate | null
): ReadonlyArray<DayExpression> => {
  let piece = text.slice(start, end)
  for (const m of masks) {
    const a = Math.max(m.start, start) - start
    const b = Math.min(m.end, end) - start
    if (a < b) piece = piece.slice(0, a) + "X".repeat(b - a) + piece.slice(b)
  }
  const reference = published ?? FALLBACK_REFERENCE
  const out: Array<DayExpression> = []
  for (const r of chrono.parse(piece, { instant: noonOf(reference), timezone: 0 })) {
    const at = start + r.index
    // chrono keeps a trailing comma or space ("On Tuesday,")
    const to = at + r.text.replace(/[\s,.;:]+$/u, "").length
    const period = { kind: "span" as const, start: at, end: to, offset: false }
    const offset = { kind: "span" as const, start: at, end: to, offset: true }
    if (NOT_A_DAY.some((p) => p.test(r.text))) {
      out.push(period)
      continue
    }
    const c = r.start
    const tags = r.tags()
    if (tags.has("result/relativeDate")) {
      out.push(offset) // "last week", "a day earlier", "several days ago", "a year ago"
      continue
    }
    // chrono sometimes merges a part of day with a weekday and loses the weekday ("the night on Wednesday")
    const named = weekdayPattern.exec(r.text)
    if ((c.isCertain("weekday") || named) && !c.isCertain("day")) {
      const weekdayAt = named ? r.index + named.index : r.index
      if (insideName(piece, weekdayAt)) continue
      const weekday = c.isCertain("weekday") ? c.get("weekday")! : (WEEKDAYS.indexOf(titleCase(named![0])) + 1) % 7
      out.push({ kind: "weekday", start: at, end: to, weekday })
      continue
    }
    if (tags.has("parser/ENCasualDateParser")) {
      const days = daysBetween(reference, isoDate(c.get("year")!, c.get("month")!, c.get("day")!) ?? reference)
      out.push(days <= MAX_DAYS_AHEAD ? { kind: "relative", start: at, end: to, offset: days } : offset)
      continue
    }
    if (c.isCertain("day") && c.isCertain("month")) {
      out.push({
        kind: "date",
        start: at,
        end: to,
        year: c.isCertain("year") ? c.get("year")! : null,
        month: c.get("month")!,
        day: c.get("day")!
      })
      continue
    }
    // "this morning", "this evening": today; anything else chrono reads ("in April", "this year") is no one day
    if (/^this\s+(?:morning|afternoon|evening)$/iu.test(r.text.trim())) out.push({ kind: "relative", start: at, end: to, offset: 0 })
    else out.push(period)
  }
  for (const m of piece.matchAll(presentPattern)) {
    const at = start + m.index
    // chrono reads "now" itself
    if (!out.some((e) => e.start === at)) out.push({ kind: "relative", start: at, end: at + m[0].length, offset: 0 })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * The day an expression names, given the article's published date (needed for all but full dates). A
 * weekday is the latest such day on or before a publication date; when the date is only the scene's (a
 * photo caption's, which the story may follow), it is the nearest such day.
 */
export const resolveDay = (e: DayExpression, published: IsoDate | null, sceneDate = false): IsoDate | null => {
  switch (e.kind) {
    case "weekday":
      if (!published) return null
      return sceneDate ? weekdayNearest(published, e.weekday) : weekdayOnOrBefore(published, e.weekday)
    case "relative":
      return published ? addDays(published, e.offset) : null
    case "span":
      return null
    case "date": {
      if (e.year !== null) return isoDate(e.year, e.month, e.day)
      if (!published) return null
      // the year that puts the day nearest the published date
      const year = Number(published.slice(0, 4))
      const candidates = [year - 1, year, year + 1].map((y) => isoDate(y, e.month, e.day)).filter((d): d is IsoDate => d !== null)
      return candidates.reduce((best, d) => (Math.abs(daysBetween(published, d)) < Math.abs(daysBetween(published, best)) ? d : best))
    }
  }
}
