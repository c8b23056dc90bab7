import { describe, expect, it } from "@effect/vitest"
import { compareClaims } from "../../pipeline/comparison/compare.ts"
import { formatNumber } from "../../pipeline/report/format.ts"
import { renderReport } from "../../pipeline/report/renderReport.ts"
import { allSeedClaims, claimOf } from "../comparison/seedClaims.ts"

const generatedFrom = { tool: "tally test", input: "seeds", documents: 5, corpus_sha256: "f".repeat(64) }
const compared = compareClaims(allSeedClaims())
const render = () => renderReport({ claims: compared.claims, comparisons: compared.comparisons, generatedFrom })

describe("renderReport", () => {
  it("is deterministic, even after other charts were drawn in the same process", () => {
    const first = render()
    renderReport({ claims: compared.claims.slice(0, 3), comparisons: compared.comparisons.slice(1), generatedFrom })
    expect(render()).toBe(first)
  })

  it("is self-contained: no external scripts, styles, images or fonts", () => {
    const html = render()
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i)
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i)
    expect(html).not.toMatch(/@import|url\(/i)
  })

  it("draws one Plot SVG per comparison group, with hover titles", () => {
    const html = render()
    const charts = html.match(/<figure\b[^>]*\bclass="chart"[^>]*><svg\b/g) ?? []
    expect(charts).toHaveLength(compared.comparisons.length)
    expect(html).toContain("<title>Alex Mensing (Pueblo Sin Fronteras): about 10,000 (2018-10-24)")
  })

  it("draws one source's repeated `thousands` of one day (two photo captions and a sentence) as one row", () => {
    const group = compared.comparisons.find((c) => c.claim_ids.includes(claimOf("dancingCaption").id))!
    for (const name of ["dancingCaptionRepeated", "mapastepecThousands"] as const) {
      expect(group.claim_ids).toContain(claimOf(name).id)
    }
    const html = render()
    expect(html).toMatch(/>Thousands ×3<title>Reuters: Thousands \(2018-10-24\) \(3 times\)/)
  })

  it("links every grouped claim to its group and lists every claim", () => {
    const html = render()
    for (const c of compared.comparisons) expect(html).toContain(`<a href="#${c.id}">`)
    expect(html.match(/<tr\b[^>]*\bdata-category=/g)).toHaveLength(compared.claims.length)
  })

  it("escapes the corpus's text", () => {
    const hostile = { ...claimOf("townOfficial5300"), span: { ...claimOf("townOfficial5300").span } }
    const sentence = "A town official said there had been 5,300 migrants <script>alert(1)</script> in Mapastepec."
    const html = renderReport({
      claims: [{ ...hostile, span: { ...hostile.span, sentence } }],
      comparisons: [],
      generatedFrom
    })
    expect(html).not.toContain("<script>alert(1)</script>")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })

  it("formats numbers the same on every machine", () => {
    expect(formatNumber(7233)).toBe("7,233")
    expect(formatNumber(4500000000)).toBe("4,500,000,000")
    expect(formatNumber(2.857)).toBe("2.86")
    expect(formatNumber(-1200.5)).toBe("-1,200.5")
  })
})
