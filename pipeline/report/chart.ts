/**
 * One comparison group as an interval chart, drawn by Observable Plot into a server-side DOM (linkedom):
 * a row per figure (date · source), a dot for a stated figure, a bar for a range, a pale band for what the
 * qualifier allows, a dashed open bar for bounds with no ceiling and for vague figures.
 *
 * Determinism: Plot's default class name is a constant, and the marks used here create no ids (markers,
 * clip paths and patterns would draw numbered ids from a module-wide counter, so they are avoided).
 */
import * as Plot from "@observablehq/plot"
import type { parseHTML } from "linkedom"
import type { Claim } from "../../schemas/Claim.ts"
import type { ComparedFigure, Comparison } from "../../schemas/Comparison.ts"
import { formatNumber } from "./format.ts"

/** A server-side document (linkedom's) that Plot draws into. */
export type ChartDocument = ReturnType<typeof parseHTML>["document"]

export const chartColors = {
  figure: "#1f4e79",
  conflict: "#b03a2e",
  vague: "#7f8c8d"
} as const

interface Row {
  readonly key: string
  readonly figure: ComparedFigure
  /** what the text mark says: the mention, with `×n` when repeated vague figures share the row */
  readonly mention: string
  readonly color: string
  readonly vague: boolean
  /** where the dot goes: the stated figure, a range's middle is not a figure so ranges get no dot */
  readonly at: number | null
  readonly bandLow: number | null
  readonly bandHigh: number | null
  /** the open end of a bound with no ceiling, or of a vague figure */
  readonly openFrom: number | null
  readonly title: string
}

const rowLabel = (f: ComparedFigure): string => `${f.date ?? "undated"} · ${f.source}`

/** The hover text: the figure, then each distinct sentence with its document and article. */
const tooltip = (figures: ReadonlyArray<ComparedFigure>, claims: ReadonlyMap<string, Claim>): string => {
  const f = figures[0]!
  const where = new Set<string>()
  for (const g of figures) {
    const claim = claims.get(g.claim_id)
    const title = claim === undefined || claim.article.title === "" ? "" : `: ${claim.article.title}`
    where.add([claim === undefined ? "" : `“${claim.span.sentence}”`, `${g.doc}, article ${g.article}${title}`].join("\n"))
  }
  const times = figures.length > 1 ? ` (${figures.length} times)` : ""
  return [`${f.source}: ${f.mention}${f.date === null ? "" : ` (${f.date})`}${times}`, ...where].join("\n")
}

/**
 * One row per figure, except that vague figures repeated by one source on one date (a photo caption's
 * "caravan of thousands", printed under every picture) share a row: they say one thing, many times.
 */
const rowsOf = (comparison: Comparison, claims: ReadonlyMap<string, Claim>): ReadonlyArray<Row> => {
  const bundles: Array<Array<ComparedFigure>> = []
  const vagueBundle = new Map<string, Array<ComparedFigure>>()
  for (const f of comparison.figures) {
    if (f.implied_low !== null) {
      bundles.push([f])
      continue
    }
    const key = `${f.date}|${f.source}|${f.mention.toLowerCase()}|${f.low}`
    const bundle = vagueBundle.get(key)
    if (bundle === undefined) {
      const fresh = [f]
      vagueBundle.set(key, fresh)
      bundles.push(fresh)
    } else bundle.push(f)
  }
  return bundles.map((bundle) => {
    const f = bundle[0]!
    const vague = f.implied_low === null
    const conflicting = comparison.conflict_claim_ids.includes(f.claim_id)
    return {
      key: f.claim_id,
      figure: f,
      mention: `${f.mention}${bundle.length > 1 ? ` ×${bundle.length}` : ""}${vague && f.low === null ? " (no number)" : ""}`,
      color: vague ? chartColors.vague : conflicting ? chartColors.conflict : chartColors.figure,
      vague,
      at: f.qualifier === "range" ? null : (f.value ?? f.low),
      bandLow: f.implied_low,
      bandHigh: f.implied_high,
      openFrom: vague ? f.low : f.implied_high === null ? f.implied_low : null,
      title: tooltip(bundle, claims)
    }
  })
}

/** The x extent: every finite number a row shows, with room on the right for open bars and labels. */
const xMax = (rows: ReadonlyArray<Row>): number => {
  const finite = rows.flatMap((r) => [r.at, r.bandLow, r.bandHigh, r.figure.low, r.figure.high])
    .filter((x): x is number => x !== null && Number.isFinite(x))
  return Math.max(1, ...finite) * 1.2
}

export const chartHeight = (rows: number): number => 60 + rows * 30

/** The chart as an `<svg>` element of `document`. */
export const renderChart = (
  document: ChartDocument,
  comparison: Comparison,
  claims: ReadonlyMap<string, Claim>
): ReturnType<ChartDocument["createElement"]> => {
  const rows = rowsOf(comparison, claims)
  const max = xMax(rows)
  const labels = new Map(rows.map((r) => [r.key, rowLabel(r.figure)]))
  const bounded = rows.filter((r) => r.bandLow !== null && r.bandHigh !== null)
  const ranges = rows.filter((r) => r.figure.qualifier === "range" && r.figure.low !== null && r.figure.high !== null)
  const open = rows.filter((r) => r.openFrom !== null)
  const dots = rows.filter((r) => r.at !== null)
  const y = { y: "key" as const }
  return Plot.plot({
    document,
    width: 980,
    height: chartHeight(rows.length),
    marginLeft: 360,
    style: { fontSize: "12px" },
    marginRight: 20,
    ariaLabel: comparison.label,
    ariaDescription: `${comparison.figures.length} figures from ${comparison.sources} sources`,
    x: { domain: [0, max], label: `${comparison.counted} →`, grid: true, tickFormat: (d: number) => formatNumber(d) },
    y: { domain: rows.map((r) => r.key), label: null, tickFormat: (k: string) => labels.get(k) ?? k },
    color: { type: "identity" },
    marks: [
      Plot.axisY({ tickFormat: (k: string) => labels.get(k) ?? k, lineWidth: 28, textOverflow: "ellipsis", label: null }),
      // what each qualifier allows (about ±15%, the rounding of an exact figure)
      Plot.ruleY(bounded, {
        ...y,
        x1: "bandLow",
        x2: "bandHigh",
        stroke: "color",
        strokeOpacity: 0.22,
        strokeWidth: 12,
        title: "title"
      }),
      // no ceiling: `more than`, `at least`, and vague figures' floors
      Plot.ruleY(open, {
        ...y,
        x1: "openFrom",
        x2: () => max,
        stroke: "color",
        strokeOpacity: 0.55,
        strokeWidth: 3,
        strokeDasharray: "4,3",
        title: "title"
      }),
      // ranges as stated: a solid bar between the two figures, with a tick at each end
      Plot.ruleY(ranges, { ...y, x1: (r: Row) => r.figure.low, x2: (r: Row) => r.figure.high, stroke: "color", strokeWidth: 4, title: "title" }),
      Plot.tickX(ranges, { ...y, x: (r: Row) => r.figure.low, stroke: "color", strokeWidth: 2, title: "title" }),
      Plot.tickX(ranges, { ...y, x: (r: Row) => r.figure.high, stroke: "color", strokeWidth: 2, title: "title" }),
      Plot.dot(dots, { ...y, x: "at", r: 5, fill: "color", stroke: "white", title: "title" }),
      Plot.dot(rows.filter((r) => r.vague && r.figure.low !== null), {
        ...y,
        x: (r: Row) => r.figure.low,
        r: 5,
        fill: "white",
        stroke: "color",
        strokeWidth: 2,
        title: "title"
      }),
      Plot.text(rows, {
        ...y,
        x: (r: Row) => r.figure.qualifier === "range" ? r.figure.high : (r.at ?? r.figure.low ?? 0),
        text: (r: Row) => r.mention,
        dx: 10,
        dy: -9,
        textAnchor: "start",
        fill: "color",
        fontSize: 11,
        title: "title"
      })
    ]
  })
}
