/** `counted` from wink-nlp's parts of speech, and `category` from the rules in pipeline/rules/categories.ts. */
import { assert, describe, it } from "@effect/vitest"
import { claimAt } from "./support.ts"

const counted = (text: string, mention: string) => claimAt(text, mention).counted
const category = (text: string, mention: string) => claimAt(text, mention).category

describe("counted", () => {
  it("the noun phrase after the figure, determiners dropped", () => {
    assert.strictEqual(counted("Trump is sending more than 8,000 troops to the southern border.", "more than 8,000"), "troops")
    assert.strictEqual(counted("Mexico has pledged to send 6,000 National Guard members along its border.", "6,000"), "National Guard members")
    assert.strictEqual(
      counted("Mexico’s interior ministry said that about 3,630 people are part of the migrant caravan.", "about 3,630"),
      "people"
    )
    assert.strictEqual(counted("An estimated 2,300 children were traveling with the migrant caravan.", "An estimated 2,300"), "children")
    assert.strictEqual(
      counted("The request could require deploying between 800 and 1,000 active-duty troops to the border.", "between 800 and 1,000"),
      "active-duty troops"
    )
    assert.strictEqual(counted("The United States has sent 57,000 non-Mexican migrants back to Mexico.", "57,000"), "non-Mexican migrants")
  })

  it("after `of`: vague quantities, shares, subsets", () => {
    assert.strictEqual(counted("Among the thousands of migrants from Honduras are asylum seekers.", "thousands"), "migrants")
    assert.strictEqual(counted("By Sunday evening, hundreds of the Salvadorans had crossed the border.", "hundreds"), "Salvadorans")
    assert.strictEqual(counted("In September, 18 of 41 patients told MSF they had been kidnapped.", "18"), "patients")
    assert.strictEqual(counted("Almost 80% of migrants said they had been victims of violence.", "Almost 80%"), "migrants")
  })

  it("lists and reduced relative clauses belong to the phrase", () => {
    assert.strictEqual(
      counted("What is unusual about this trek of thousands of men, women and children is that it began spontaneously.", "thousands"),
      "men, women and children"
    )
    assert.strictEqual(
      counted("On Tuesday, thousands of migrants and asylum seekers travelled steadily north.", "thousands"),
      "migrants and asylum seekers"
    )
    assert.strictEqual(
      counted("A reporter saw a handful of officials wearing National Guard insignia.", "a handful"),
      "officials wearing National Guard insignia"
    )
  })

  it("no noun, no counted; a verb wink took for a noun ends the phrase", () => {
    assert.strictEqual(counted("Dozens took dips in a nearby river.", "Dozens"), null)
    assert.strictEqual(counted("Reuters reporters observed roughly two dozen people climb the fence.", "roughly two dozen"), "people")
  })

  it("beyond migration", () => {
    assert.strictEqual(counted("Apple said it sold more than 50 million iPhones in the quarter.", "more than 50 million"), "iPhones")
    assert.strictEqual(counted("Messi has 106 goals in 180 appearances for Argentina.", "106"), "goals")
    assert.strictEqual(counted("The fire destroyed some 3,000 homes, officials said.", "some 3,000"), "homes")
  })
})

describe("category", () => {
  it("what is counted: security forces and crowds", () => {
    assert.strictEqual(category("Trump is sending more than 8,000 troops to the border.", "more than 8,000"), "security_forces")
    assert.strictEqual(category("Dozens of police arrived at the scene.", "Dozens"), "security_forces")
    assert.strictEqual(category("Among the thousands of migrants from Honduras are asylum seekers.", "thousands"), "crowd_size")
    assert.strictEqual(category("The group of more than 300 Salvadorans left the capital.", "more than 300"), "crowd_size")
  })

  it("personnel who rescue, heal or sell are not security forces", () => {
    const deployed = "The minister said some 15,000 rescue personnel and 2,000 military personnel had been deployed."
    assert.strictEqual(category(deployed, "some 15,000"), "other")
    assert.strictEqual(category(deployed, "2,000"), "security_forces")
  })

  it("a generic noun takes its category from the sentence", () => {
    assert.strictEqual(category("The spokesman noted that 7,233 people are marching toward the border.", "7,233"), "crowd_size")
    assert.strictEqual(category("The stadium holds 90,000 people.", "90,000"), "other")
  })

  it("the verb around the figure: casualties and detention come before the noun", () => {
    assert.strictEqual(category("Six police officers were injured, said Beatriz Marroquin.", "Six"), "casualties")
    assert.strictEqual(category("At least 23 people were killed when the storm made landfall.", "At least 23"), "casualties")
    assert.strictEqual(category("The United States has sent 57,000 non-Mexican migrants back to Mexico.", "57,000"), "detention_deportation")
    assert.strictEqual(category("Police said 140 protesters were arrested overnight.", "140"), "detention_deportation")
    // the 18 were kidnapped; the 41 are only the base of the share
    const kidnapped = "In September, 18 of 41 patients in Nuevo Laredo who had been sent back to Mexico told MSF they had recently been kidnapped."
    assert.strictEqual(category(kidnapped, "18"), "casualties")
    assert.strictEqual(category(kidnapped, "41"), "other")
  })

  it("a verb of the next clause or the next figure does not reach back", () => {
    const text = "Tens of thousands of protesters marched, while several hundred were detained."
    assert.strictEqual(category(text, "Tens of thousands"), "crowd_size")
    assert.strictEqual(category(text, "several hundred"), "detention_deportation")
  })

  it("small counts of known things are `other`", () => {
    assert.strictEqual(category("During the call the two leaders said that more enforcement was needed.", "two"), "other")
    assert.strictEqual(category("The company will close two plants.", "two"), "other")
  })
})
