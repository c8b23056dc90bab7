/**
 * The report in a real browser: headless Chromium (Debian's `chromium` package) driven by playwright-core.
 * Skips only when /usr/bin/chromium is absent; CI installs it (`apt-get install -y chromium`).
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { compareClaims } from "../../pipeline/comparison/compare.ts"
import { renderReport } from "../../pipeline/report/renderReport.ts"
import { allSeedClaims, claimOf } from "../comparison/seedClaims.ts"

const CHROMIUM = "/usr/bin/chromium"
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`report.browser.test: skipped, ${CHROMIUM} not found (install it with: apt-get install -y chromium)`)
}

const artifacts = join(import.meta.dirname, "../artifacts")

describe.skipIf(!hasChromium)("report.html in headless Chromium", () => {
  const compared = compareClaims(allSeedClaims())
  const html = renderReport({
    claims: compared.claims,
    comparisons: compared.comparisons,
    generatedFrom: { tool: "tally test", input: "seeds", documents: 5, corpus_sha256: "0".repeat(64) }
  })
  let browser: BrowserContext
  let page: Page
  let profile: string
  const offPage: Array<string> = []
  const pageErrors: Array<string> = []

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    const file = join(artifacts, "report.html")
    writeFileSync(file, html)
    // a fresh, empty profile for every run (playwright passes it as --user-data-dir)
    profile = mkdtempSync(join(tmpdir(), "tally-chromium-"))
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1240, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync"
      ]
    })
    page = await browser.newPage()
    // self-contained: anything but the page itself is a request the report must not make
    await page.route("**/*", (route) => {
      const url = route.request().url()
      if (url.startsWith("file:")) return route.continue()
      offPage.push(url)
      return route.abort()
    })
    page.on("pageerror", (error) => pageErrors.push(error.message))
    await page.goto(pathToFileURL(file).href)
  })

  afterAll(async () => {
    await browser?.close()
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
  })

  it("has groups to show (the caravan and the U.S. troops)", () => {
    expect(compared.comparisons.length).toBeGreaterThanOrEqual(2)
  })

  it("renders one section with a drawn chart per comparison group", async () => {
    const sections = page.locator("section.comparison")
    expect(await sections.count()).toBe(compared.comparisons.length)
    for (const comparison of compared.comparisons) {
      const section = page.locator(`section[data-comparison-id="${comparison.id}"]`)
      await expect.poll(() => section.locator("h2").innerText()).toContain(comparison.label)
      const svg = section.locator("figure.chart svg")
      const box = await svg.boundingBox()
      expect(box?.width, comparison.label).toBeGreaterThan(400)
      expect(box?.height, comparison.label).toBeGreaterThan(100)
      // a mark per figure carries the figure's sentence as its hover title
      for (const figure of comparison.figures) {
        const sentence = compared.claims.find((c) => c.id === figure.claim_id)!.span.sentence
        const titles = await svg.locator("title").allTextContents()
        expect(titles.some((t) => t.includes(sentence)), figure.mention).toBe(true)
      }
      // one row of the figure table per figure
      expect(await section.locator("table.figures tbody tr").count()).toBe(comparison.figures.length)
    }
  })

  it("shows the caravan's disagreeing sources side by side", async () => {
    const caravan = compared.comparisons.find((c) => c.claim_ids.includes(claimOf("mensing10000").id))!
    const text = await page.locator(`section[data-comparison-id="${caravan.id}"]`).innerText()
    for (const source of ["United Nations", "Pueblo Sin Fronteras", "interior ministry", "a town official"]) {
      expect(text).toContain(source)
    }
    expect(text).toContain("conflict")
    // the y axis names each row by date and source
    const ticks = await page.locator(`section[data-comparison-id="${caravan.id}"] svg text`).allTextContents()
    expect(ticks).toContain("2018-10-24 · a town official")
  })

  it("lists every claim, and the category filter shows only that category", async () => {
    const rows = page.locator("#claims-table tbody tr")
    expect(await rows.count()).toBe(compared.claims.length)
    expect(await page.locator("#claims-table tbody tr:visible").count()).toBe(compared.claims.length)

    await page.selectOption("#category-filter", "security_forces")
    const expected = compared.claims.filter((c) => c.category === "security_forces").length
    expect(expected).toBeGreaterThan(0)
    const visible = page.locator("#claims-table tbody tr:visible")
    expect(await visible.count()).toBe(expected)
    const categories = await visible.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-category")))
    expect(new Set(categories)).toEqual(new Set(["security_forces"]))
    expect(await page.locator("#claims-count").innerText()).toBe(`${expected} of ${compared.claims.length} claims`)

    await page.selectOption("#category-filter", "")
    expect(await page.locator("#claims-table tbody tr:visible").count()).toBe(compared.claims.length)
  })

  it("fetches nothing and throws nothing", () => {
    expect(offPage).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it("saves a screenshot", async () => {
    const path = join(artifacts, "report.png")
    await page.screenshot({ path, fullPage: true })
    expect(existsSync(path)).toBe(true)
  })
})
