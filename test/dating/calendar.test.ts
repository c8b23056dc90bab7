import { assert, describe, it } from "@effect/vitest"
import { addDays, daysBetween, daysUntilWeekday, isoDate, weekdayNearest, weekdayOf, weekdayOnOrBefore } from "../../pipeline/dating/calendar.ts"

describe("calendar days", () => {
  it("knows the weekdays of the seeds' dates", () => {
    // 2018-10-22 was a Monday (the UN briefing), 2023-12-27 a Wednesday (the page header of seed 002)
    assert.strictEqual(weekdayOf("2018-10-22"), 1)
    assert.strictEqual(weekdayOf("2023-12-27"), 3)
    assert.strictEqual(weekdayOf("2019-06-06"), 4)
  })

  it("'on Wednesday' in an article dated Thursday 2018-10-25 is 2018-10-24; on the day itself it is that day", () => {
    assert.strictEqual(weekdayOnOrBefore("2018-10-25", 3), "2018-10-24")
    assert.strictEqual(weekdayOnOrBefore("2018-10-24", 3), "2018-10-24")
    assert.strictEqual(weekdayOnOrBefore("2023-12-27", 2), "2023-12-26")
    // across a month and a year
    assert.strictEqual(weekdayOnOrBefore("2019-01-01", 5), "2018-12-28")
    // nearest: Tuesday 2025-03-04 -> Wednesday after, Sunday before, Saturday before (3 back vs 4 ahead)
    assert.strictEqual(weekdayNearest("2025-03-04", 3), "2025-03-05")
    assert.strictEqual(weekdayNearest("2025-03-04", 0), "2025-03-02")
    assert.strictEqual(weekdayNearest("2025-03-04", 6), "2025-03-01")
    assert.strictEqual(weekdayNearest("2025-03-04", 2), "2025-03-04")
  })

  it("counts days across month ends and leap years, and refuses impossible days", () => {
    assert.strictEqual(addDays("2020-02-28", 1), "2020-02-29")
    assert.strictEqual(addDays("2018-03-01", -1), "2018-02-28")
    assert.strictEqual(daysBetween("2018-10-22", "2018-11-01"), 10)
    assert.strictEqual(daysUntilWeekday("2019-06-06", 5), 1)
    assert.strictEqual(isoDate(2018, 2, 30), null)
    assert.strictEqual(isoDate(2018, 10, 22), "2018-10-22")
  })
})
