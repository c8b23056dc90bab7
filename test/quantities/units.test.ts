/** Units normalised to one symbol each: percent, money (ISO 4217), lengths, rates, conversions, other measures. */
import { assert, describe, it } from "@effect/vitest"
import { claimAt, expectClaims } from "./support.ts"

describe("percent", () => {
  it("%, percent, per cent, percentage points, basis points", () => {
    expectClaims("In Nuevo Laredo, almost 80% of migrants treated by MSF said they had been victims of violence.", [
      ["almost 80%", 80, null, 80, "almost", "percent"]
    ])
    expectClaims("The economy grew 2.1 per cent while unemployment fell to 3.7 percent.", [
      ["2.1 per cent", 2.1, 2.1, 2.1, "exact", "percent"],
      ["3.7 percent", 3.7, 3.7, 3.7, "exact", "percent"]
    ])
    expectClaims("The central bank raised rates by 25 basis points, and support fell 3 percentage points.", [
      ["25 basis points", 25, 25, 25, "exact", "bp"],
      ["3 percentage points", 3, 3, 3, "exact", "pp"]
    ])
  })
})

describe("money", () => {
  it("symbols, codes and names become ISO 4217 codes, with scale words", () => {
    expectClaims("The Senate rejected a bill that would have provided $4.5 billion.", [
      ["$4.5 billion", 4500000000, 4500000000, 4500000000, "exact", "USD"]
    ])
    expectClaims("It costs 300 pesos, or about US$15.", [
      ["300 pesos", 300, 300, 300, "exact", "MXN"],
      ["about US$15", 15, null, null, "approximate", "USD"]
    ])
    expectClaims("The new phone costs €999, and UK borrowing hit £11.4bn in June.", [
      ["€999", 999, 999, 999, "exact", "EUR"],
      ["£11.4bn", 11400000000, 11400000000, 11400000000, "exact", "GBP"]
    ])
    expectClaims("The club paid 120 million euros, and its rival sold bonds worth USD 200 million.", [
      ["120 million euros", 120000000, 120000000, 120000000, "exact", "EUR"],
      ["USD 200 million", 200000000, 200000000, 200000000, "exact", "USD"]
    ])
    expectClaims("Profit improved to 361 million pounds, and the deal is worth 125 million Australian dollars.", [
      ["361 million pounds", 361000000, 361000000, 361000000, "exact", "GBP"],
      ["125 million Australian dollars", 125000000, 125000000, 125000000, "exact", "AUD"]
    ])
    expectClaims("Each share rose 50 cents, to 3 dollars 50 cents.", [
      ["50 cents", 0.5, 0.5, 0.5, "exact", "USD"],
      ["3 dollars 50 cents", 3.5, 3.5, 3.5, "exact", "USD"]
    ])
  })

  it("a bare `pounds` without a scale is a weight; a one-letter unit counts only glued to its digits", () => {
    expectClaims("The baby weighed 7 pounds.", [["7 pounds", 7, 7, 7, "exact", "lb"]])
    expectClaims("The ceremony starts at 7 p.m., and a pint costs 50p.", [["50p", 0.5, 0.5, 0.5, "exact", "GBP"]])
  })

  it("`weekly` before a noun is an adjective, not a rate", () => {
    expectClaims("ChatGPT reached 100 million weekly users less than a year after its launch.", [
      ["100 million", 100000000, 100000000, 100000000, "exact", null]
    ])
  })
})

describe("lengths", () => {
  it("miles, km, feet, metres, and hyphenated adjectives", () => {
    expectClaims("Thousands shuffled into the town of Mapastepec, still more than 1,100 miles (1,770 km) from the U.S. border.", [
      ["Thousands", null, 2000, null, "vague", null],
      ["more than 1,100 miles", 1100, 1100, null, "more_than", "mi"],
      ["1,770 km", 1770, 1770, null, "more_than", "km"]
    ])
    expectClaims("Reuters reporters observed people climb the approximately 10-foot (3-meter) fence.", [
      ["approximately 10-foot", 10, null, null, "approximate", "ft"],
      ["3-meter", 3, null, null, "approximate", "m"]
    ])
    expectClaims("The last 100m were the hardest, and the bridge is 2.5 km long.", [
      ["100m", 100, 100, 100, "exact", "m"],
      ["2.5 km", 2.5, 2.5, 2.5, "exact", "km"]
    ])
  })
})

describe("conversions and rates", () => {
  it("a conversion in brackets is a second claim with the original's qualifier (contract)", () => {
    expectClaims("A number attempted an illegal entry at a spot about 1,500 feet (450 meters) away from the Pacific Ocean.", [
      ["about 1,500 feet", 1500, null, null, "approximate", "ft"],
      ["450 meters", 450, null, null, "approximate", "m"]
    ])
  })

  it("a rate keeps its time word out of the mention and in the unit (contract)", () => {
    expectClaims("Dozens took dips in a river to refresh themselves from the trek, which has covered an average 30 miles (48 km) a day.", [
      ["Dozens", null, 24, null, "vague", null],
      ["an average 30 miles", 30, null, null, "approximate", "mi per day"],
      ["48 km", 48, null, null, "approximate", "km per day"]
    ])
    expectClaims("OPEC output fell by 300,000 barrels per day, and the plant uses 1.5 million litres of water daily.", [
      ["300,000 barrels per day", 300000, 300000, 300000, "exact", "bbl per day"],
      ["1.5 million litres", 1500000, 1500000, 1500000, "exact", "L per day"]
    ])
  })

  it("`a year earlier` dates a figure; it does not make it a rate", () => {
    expectClaims("Revenue rose to $13.18 billion a year earlier.", [["$13.18 billion", 13180000000, 13180000000, 13180000000, "exact", "USD"]])
  })
})

describe("other units", () => {
  it("speed, power, mass, data, temperature, area, magnitude", () => {
    expectClaims("The storm, packing winds of 150 mph, hit a car with 480 horsepower carrying 20 kg of cargo.", [
      ["150 mph", 150, 150, 150, "exact", "mph"],
      ["480 horsepower", 480, 480, 480, "exact", "hp"],
      ["20 kg", 20, 20, 20, "exact", "kg"]
    ])
    expectClaims("The new phone has 16GB of memory, and temperatures reached 48.8°C in Sicily.", [
      ["16GB", 16, 16, 16, "exact", "GB"],
      ["48.8°C", 48.8, 48.8, 48.8, "exact", "°C"]
    ])
    expectClaims("The magnitude 7.8 earthquake struck as the fire burned 12,000 acres.", [
      ["magnitude 7.8", 7.8, 7.8, 7.8, "exact", "M"],
      ["12,000 acres", 12000, 12000, 12000, "exact", "acre"]
    ])
  })

  it("units give categories: money, percentage, distance", () => {
    assert.strictEqual(claimAt("The bill would have provided $4.5 billion.", "$4.5 billion").category, "money")
    assert.strictEqual(claimAt("Tariffs of 5% will be imposed.", "5%").category, "percentage")
    assert.strictEqual(claimAt("The group is now around 190 miles north of the border.", "around 190 miles").category, "distance")
  })
})
