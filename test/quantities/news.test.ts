/**
 * Whole sentences of news beyond migration: the extractor must not be tuned to migration stories.
 * Each sentence lists every claim it must give, and nothing else.
 */
import { describe, it } from "@effect/vitest"
import { expectClaims } from "./support.ts"

describe("economy and markets", () => {
  it("growth, rates, prices, company results", () => {
    expectClaims("The economy grew 2.1% in the third quarter, the Commerce Department said on Thursday, while unemployment fell to 3.7 percent.", [
      ["2.1%", 2.1, 2.1, 2.1, "exact", "percent"],
      ["3.7 percent", 3.7, 3.7, 3.7, "exact", "percent"]
    ])
    expectClaims("Apple reported revenue of $89.5 billion for the quarter, down 1% from a year earlier, and said it sold more than 50 million iPhones.", [
      ["$89.5 billion", 89500000000, 89500000000, 89500000000, "exact", "USD"],
      ["1%", 1, 1, 1, "exact", "percent"],
      ["more than 50 million", 50000000, 50000000, null, "more_than", null]
    ])
    expectClaims("The price of a 30-year mortgage rose to 7.09%, the highest since 2001.", [["7.09%", 7.09, 7.09, 7.09, "exact", "percent"]])
    expectClaims("The S&P 500 rose 1.2% to 4,500.25, while the FTSE 100 fell 0.4%.", [
      ["1.2%", 1.2, 1.2, 1.2, "exact", "percent"],
      ["4,500.25", 4500.25, 4500.25, 4500.25, "exact", null],
      ["0.4%", 0.4, 0.4, 0.4, "exact", "percent"]
    ])
    expectClaims("The United States slapped up to 25% tariffs on $200 billion in Chinese imports last month.", [
      ["up to 25%", 25, null, 25, "at_most", "percent"],
      ["$200 billion", 200000000000, 200000000000, 200000000000, "exact", "USD"]
    ])
  })
})

describe("sport", () => {
  it("scores are no figures; goals, fees and crowds are", () => {
    expectClaims("The Lakers beat the Celtics 112-104 on Tuesday; LeBron James, 38, scored 30 points in 36 minutes.", [
      ["30", 30, 30, 30, "exact", null]
    ])
    expectClaims("Manchester United paid £89m for the 23-year-old midfielder, who has 106 goals in 180 appearances.", [
      ["£89m", 89000000, 89000000, 89000000, "exact", "GBP"],
      ["106", 106, 106, 106, "exact", null],
      ["180", 180, 180, 180, "exact", null]
    ])
    expectClaims("The pair won the doubles title 6-4, 7-6 (7-3) after a two-hour match in front of 15,000 fans.", [
      ["15,000", 15000, 15000, 15000, "exact", null]
    ])
  })
})

describe("technology", () => {
  it("model numbers are names; prices, memory and counts are figures", () => {
    expectClaims("The iPhone 15 Pro starts at $999, has 8GB of memory and ships with iOS 17.", [
      ["$999", 999, 999, 999, "exact", "USD"],
      ["8GB", 8, 8, 8, "exact", "GB"]
    ])
    expectClaims("Windows 11 runs on 500 million devices, Microsoft said in its fiscal 2023 report.", [
      ["500 million", 500000000, 500000000, 500000000, "exact", null]
    ])
    expectClaims("Nvidia's H100 chips cost about $30,000 each, and the company shipped 550,000 of them.", [
      ["about $30,000", 30000, null, null, "approximate", "USD"],
      ["550,000", 550000, 550000, 550000, "exact", null]
    ])
  })
})

describe("disasters", () => {
  it("casualties, magnitudes, areas, conversions, ranges of money", () => {
    expectClaims("The 7.2 magnitude quake struck 10 km (6 miles) deep at 4:17 a.m. local time (0917 GMT).", [
      ["7.2 magnitude", 7.2, 7.2, 7.2, "exact", "M"],
      ["10 km", 10, 10, 10, "exact", "km"],
      ["6 miles", 6, 6, 6, "exact", "mi"]
    ])
    expectClaims("At least 23 people were killed and dozens injured when the storm, packing winds of 150 mph, made landfall.", [
      ["At least 23", 23, 23, null, "at_least", null],
      ["dozens", null, 24, null, "vague", null],
      ["150 mph", 150, 150, 150, "exact", "mph"]
    ])
    expectClaims("Hurricane Ian, a Category 4 storm, caused an estimated $50 billion to $65 billion in insured losses.", [
      ["$50 billion to $65 billion", null, 50000000000, 65000000000, "range", "USD"]
    ])
    expectClaims("The fire has burned more than 1,200 square miles and destroyed some 3,000 homes; it is 40% contained.", [
      ["more than 1,200 square miles", 1200, 1200, null, "more_than", "mi²"],
      ["some 3,000", 3000, null, null, "approximate", null],
      ["40%", 40, 40, 40, "exact", "percent"]
    ])
  })
})
