/**
 * Each article's publisher and published date, with the basis the contract asks for.
 *
 * Published, first that applies:
 * 1. `metadata`: the date given with the document (JSONL `published`).
 * 2. `dateline`: the dateline's date ("UNITED NATIONS, Oct. 22 (Xinhua)"), the year from a full date of
 *    the same day elsewhere in the article (its captions), else from the only year its full dates use.
 * 3. `header`: a page header's date ("Dec 27, 2023 - 10:30").
 * 4. `caption`: the latest date of the article's own photo captions, never a "FILE PHOTO" caption.
 * 5. `text`: a caption's date moved to the weekday the lead names, when that weekday falls just after
 *    the photo ("resumed talks on Friday" under a Thursday photo; see LEAD_WEEKDAY_MAX_DAYS_AFTER_CAPTION).
 * Otherwise `none`.
 *
 * Publisher: the document's metadata, else the dateline's outlet ("(Reuters)", "(Xinhua)"), else a
 * credit line in the outlet's house style (rules/sources.ts PUBLISHER_CREDITS).
 */
import type { ArticleDate, ArticleSegment, Block, SegmentedDocument } from "../model.ts"
import { FILE_PHOTO, LEAD_WEEKDAY_MAX_DAYS_AFTER_CAPTION } from "../rules/datePolicy.ts"
import { PUBLISHER_CREDITS } from "../rules/sources.ts"
import { addDays, daysUntilWeekday, isoDate, type IsoDate, weekdayOf } from "./calendar.ts"
import { dayExpressions, type DayExpression } from "./expressions.ts"

type FullDate = Extract<DayExpression, { kind: "date" }> & { readonly year: number }

const fullDates = (text: string, start: number, end: number): ReadonlyArray<FullDate> =>
  dayExpressions(text, start, end, [], null).filter((e): e is FullDate => e.kind === "date" && e.year !== null)

const isoOf = (d: FullDate): IsoDate | null => isoDate(d.year, d.month, d.day)

/** A photo caption of the article's own scene (not an archive "FILE PHOTO"). */
export const isOwnCaption = (block: Block): boolean => block.kind === "caption" && !FILE_PHOTO.test(block.text)

/** The date a caption gives for its scene ("... Mexico October 24, 2018. REUTERS/..."), if any. */
export const captionDate = (text: string, block: Block): IsoDate | null => {
  const dates = fullDates(text, block.start, block.end)
  const last = dates[dates.length - 1]
  return last ? isoOf(last) : null
}

export const articlePublisher = (doc: SegmentedDocument, article: ArticleSegment): string | null => {
  if (doc.source.metadata.publisher) return doc.source.metadata.publisher
  if (article.dateline?.publisher) return article.dateline.publisher
  for (const rule of PUBLISHER_CREDITS) {
    const credited = article.blocks.some((b) => b.kind === "credit" && rule.pattern.test(b.text))
    if (credited && (!rule.needsEvidence || rule.needsEvidence.test(doc.source.text))) return rule.publisher
  }
  return null
}

const datelineDate = (text: string, article: ArticleSegment): IsoDate | null => {
  const written = article.dateline?.date
  if (!written || !article.dateline) return null
  const found = dayExpressions(written, 0, written.length, [], null).find((e) => e.kind === "date")
  if (!found || found.kind !== "date") return null
  if (found.year !== null) return isoDate(found.year, found.month, found.day)
  // the year from the article's own full dates: the same day first, else the one year they all share
  const dates = article.blocks.filter((b) => b.kind !== "caption" || isOwnCaption(b)).flatMap((b) => fullDates(text, b.start, b.end))
  const sameDay = dates.find((d) => d.month === found.month && d.day === found.day)
  if (sameDay) return isoDate(sameDay.year, found.month, found.day)
  const years = [...new Set(dates.map((d) => d.year))]
  return years.length === 1 ? isoDate(years[0]!, found.month, found.day) : null
}

const headerDate = (text: string, article: ArticleSegment): IsoDate | null => {
  for (const b of article.blocks) {
    if (b.kind !== "header") continue
    const d = fullDates(text, b.start, b.end)[0]
    if (d) return isoOf(d)
  }
  return null
}

/** The one weekday the lead (the article's first body sentence) names, if exactly one. */
const leadWeekday = (text: string, article: ArticleSegment): number | null => {
  const lead = article.sentences.find((s) => s.kind === "body")
  if (!lead) return null
  const weekdays = new Set(
    dayExpressions(text, lead.start, lead.end, [], null).flatMap((e) => (e.kind === "weekday" ? [e.weekday] : []))
  )
  return weekdays.size === 1 ? [...weekdays][0]! : null
}

export const articleDate = (doc: SegmentedDocument, article: ArticleSegment): ArticleDate => {
  const text = doc.source.text
  const publisher = articlePublisher(doc, article)
  const given = doc.source.metadata.published
  if (given) return { published: given, basis: "metadata", publisher }
  const dateline = datelineDate(text, article)
  if (dateline) return { published: dateline, basis: "dateline", publisher }
  const header = headerDate(text, article)
  if (header) return { published: header, basis: "header", publisher }
  const captions = article.blocks
    .filter(isOwnCaption)
    .map((b) => captionDate(text, b))
    .filter((d): d is IsoDate => d !== null)
    .sort()
  const caption = captions[captions.length - 1]
  if (caption) {
    const weekday = leadWeekday(text, article)
    if (weekday !== null && weekday !== weekdayOf(caption)) {
      const ahead = daysUntilWeekday(caption, weekday)
      if (ahead <= LEAD_WEEKDAY_MAX_DAYS_AFTER_CAPTION) return { published: addDays(caption, ahead), basis: "text", publisher }
    }
    return { published: caption, basis: "caption", publisher }
  }
  return { published: null, basis: "none", publisher }
}
