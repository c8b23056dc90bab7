/** Each article's publisher, published date and basis: the seeds, and documents built to isolate a rule. */
import { assert, describe, it } from "@effect/vitest"
import { articleDate } from "../../pipeline/dating/published.ts"
import type { ArticleDate, SegmentedDocument } from "../../pipeline/model.ts"
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, seed, written } from "../attribution/support.ts"

const datesOf = (doc: SegmentedDocument): ReadonlyArray<ArticleDate> => doc.articles.map((a) => articleDate(doc, a))
const date = (publisher: string | null, published: string | null, basis: ArticleDate["basis"]): ArticleDate => ({ published, basis, publisher })

describe("the seeds", () => {
  it("000: the Xinhua dateline 'UNITED NATIONS, Oct. 22' takes its year from the caption 'Oct. 22, 2018'", () => {
    assert.deepStrictEqual(datesOf(seed(SEED_000)), [date("Xinhua", "2018-10-22", "dateline")])
  })

  it("002: the page header 'Dec 27, 2023 - 10:30'; no outlet named", () => {
    assert.deepStrictEqual(datesOf(seed(SEED_002)), [date(null, "2023-12-27", "header")])
  })

  it("001 and 003: no date and no outlet in the text", () => {
    assert.deepStrictEqual(datesOf(seed(SEED_001)), [date(null, null, "none")])
    assert.deepStrictEqual(datesOf(seed(SEED_003)), [date(null, null, "none")])
  })

  it("004: each of the ten articles", () => {
    assert.deepStrictEqual(datesOf(seed(SEED_004)), [
      // "MEXICO CITY (Thomson Reuters Foundation)", "said on Tuesday", no dated caption
      date("Thomson Reuters Foundation", null, "none"),
      // only a FILE PHOTO caption is dated
      date("Reuters", null, "none"),
      date("Reuters", null, "none"),
      // caption of Thursday June 6, 2019; the lead's talks "resumed ... on Friday": June 7
      date("Reuters", "2019-06-07", "text"),
      date("Reuters", "2018-12-03", "caption"),
      date("Reuters", "2018-11-19", "caption"),
      date("Reuters", "2018-11-15", "caption"),
      date("Reuters", "2018-10-28", "caption"),
      // no caption, no dated dateline: "on Thursday" alone cannot be placed
      date("Reuters", null, "none"),
      date("Reuters", "2018-10-24", "caption")
    ])
  })
})

describe("rules one at a time", () => {
  it("metadata given with the document wins", () => {
    const doc = seed(SEED_000, { published: "2018-10-23", publisher: "Xinhua News Agency" })
    assert.deepStrictEqual(datesOf(doc), [date("Xinhua News Agency", "2018-10-23", "metadata")])
  })

  it("a dateline date with no year anywhere in the article gives no date", () => {
    const doc = written("UNITED NATIONS, Oct. 22 (Xinhua) -- More than 7,000 migrants are heading toward the border, a UN spokesman said on Monday.")
    assert.deepStrictEqual(datesOf(doc), [date("Xinhua", null, "none")])
  })

  it("a FILE PHOTO caption never dates the article", () => {
    const doc = written(
      "Senate rejects border aid bill\n\n" +
        "FILE PHOTO: The U.S.-Mexico border is seen near Lukeville, Arizona, U.S., September 11, 2018. REUTERS/Lucy Nicholson/File Photo\n\n" +
        "WASHINGTON (Reuters) – The U.S. Senate on Wednesday rejected a bill that would have provided $4.5 billion."
    )
    assert.deepStrictEqual(datesOf(doc), [date("Reuters", null, "none")])
  })

  it("a lead weekday just after the photo's day moves the date to it; one before leaves the caption's", () => {
    const story = (lead: string) =>
      written(
        "Migrants breach border\n\n" +
          "Migrants climb a border fence in Tijuana, Mexico, December 3, 2018. REUTERS/Alkis Konstantinidis\n\n" +
          `TIJUANA, Mexico (Reuters) – ${lead}`
      )
    // Monday's photo; "on Tuesday" is the next day
    assert.deepStrictEqual(datesOf(story("Hundreds of migrants breached the border fence on Tuesday.")), [date("Reuters", "2018-12-04", "text")])
    // "on Sunday" is the day before Monday's photo: the caption's date stands
    assert.deepStrictEqual(datesOf(story("Hundreds of migrants breached the border fence on Sunday.")), [date("Reuters", "2018-12-03", "caption")])
    assert.deepStrictEqual(datesOf(story("Hundreds of migrants breached the border fence on Monday.")), [date("Reuters", "2018-12-03", "caption")])
  })

  it("the outlet from a Reuters credit line when no dateline names it, only with Reuters evidence", () => {
    const body = "Migrants reach border\n\nTIJUANA, Mexico – Hundreds of migrants reached the border on Monday.\n\n"
    const credit = "(Reporting by Lizbeth Diaz; Editing by Dan Grebler)"
    assert.deepStrictEqual(datesOf(written(body + credit))[0]!.publisher, null)
    const withPhoto = "Migrants reach border\n\nMigrants wait in Tijuana, Mexico November 19, 2018. REUTERS/Adrees Latif\n\n" +
      "TIJUANA, Mexico – Hundreds of migrants reached the border on Monday.\n\n" + credit
    assert.deepStrictEqual(datesOf(written(withPhoto)), [date("Reuters", "2018-11-19", "caption")])
  })
})
