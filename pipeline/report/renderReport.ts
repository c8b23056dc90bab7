/**
 * `report.html`: one self-contained page (inline CSS and script, charts as inline SVG, nothing fetched at
 * view time) that shows each comparison group as a chart with its figures' sentences, then every claim in a
 * table filterable by category.
 *
 * The page is built as a DOM (linkedom) rather than as strings, so every text from the corpus is escaped by
 * the serializer; the charts are drawn by Observable Plot into the same document. Pure and deterministic:
 * no clock, no random ids, the same claims give the same bytes.
 */
import { parseHTML } from "linkedom"
import type { Claim } from "../../schemas/Claim.ts"
import type { Comparison } from "../../schemas/Comparison.ts"
import { mentionPosition } from "../comparison/classify.ts"
import { sourceLabel } from "../comparison/sources.ts"
import type { GeneratedFrom } from "../Writer.ts"
import { type ChartDocument, chartColors, renderChart } from "./chart.ts"
import { formatNumber } from "./format.ts"

export interface ReportInput {
  readonly claims: ReadonlyArray<Claim>
  readonly comparisons: ReadonlyArray<Comparison>
  readonly generatedFrom: GeneratedFrom
}

type Element = ReturnType<ChartDocument["createElement"]>
type Child = Element | string | null

const STYLE = `
:root { color-scheme: light; --ink: #1d2630; --muted: #5d6b78; --rule: #d9dee3; --conflict: ${chartColors.conflict}; --figure: ${chartColors.figure}; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafbfc; }
header, main { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 6px; }
.meta, .summary { color: var(--muted); margin: 0 0 8px; }
.meta code { font-size: 12px; }
nav ol { margin: 8px 0 0; padding-left: 20px; }
section.comparison { background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 16px 20px; margin: 20px 0; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 9px; margin-left: 8px; vertical-align: 2px; }
.badge.conflict { background: #f7e1de; color: var(--conflict); }
.badge.agree { background: #e1ecf7; color: var(--figure); }
.note { border-left: 3px solid var(--conflict); padding: 2px 10px; margin: 8px 0; }
figure.chart { margin: 8px 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
.legend { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
.legend span { margin-right: 14px; white-space: nowrap; }
.swatch { display: inline-block; width: 18px; height: 8px; border-radius: 2px; margin-right: 4px; vertical-align: 1px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
th { background: #f1f3f5; position: sticky; top: 0; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.sentence { min-width: 280px; }
.table-wrap { overflow-x: auto; }
td.date { white-space: nowrap; }
mark { background: #fff0b3; padding: 0 1px; }
tr.in-conflict td:first-child { border-left: 3px solid var(--conflict); }
.filter { display: flex; gap: 12px; align-items: center; margin: 8px 0 12px; }
select { font: inherit; padding: 3px 6px; }
#claims { margin: 28px 0 40px; }
`

/** Hides the claims whose category is not the selected one and keeps the count in step. */
const SCRIPT = `
(function () {
  var select = document.getElementById("category-filter");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#claims-table tbody tr"));
  var count = document.getElementById("claims-count");
  function apply() {
    var wanted = select.value;
    var shown = 0;
    rows.forEach(function (row) {
      var show = wanted === "" || row.getAttribute("data-category") === wanted;
      row.hidden = !show;
      if (show) shown++;
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  select.addEventListener("change", apply);
  apply();
})();
`

/** Figures as a reader says them: a range's two ends, a bound's one figure, `at least 2,000` for vague words. */
const statedText = (c: Claim): string => {
  const q = c.quantity
  if (q.qualifier === "range" && q.low !== null && q.high !== null) return `${formatNumber(q.low)}–${formatNumber(q.high)}`
  if (q.value !== null) return formatNumber(q.value)
  if (q.low !== null) return `≥ ${formatNumber(q.low)}`
  return ""
}

const dateOf = (c: Claim): string => c.event_date ?? c.article.published ?? ""

export const renderReport = (input: ReportInput): string => {
  const { document } = parseHTML("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>")

  const h = (tag: string, attributes: Record<string, string | null> = {}, ...children: ReadonlyArray<Child>): Element => {
    const element = document.createElement(tag)
    for (const [name, value] of Object.entries(attributes)) if (value !== null) element.setAttribute(name, value)
    for (const child of children) {
      if (child === null) continue
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child)
    }
    return element
  }

  /** The sentence with its mention marked. */
  const sentenceWithMention = (c: Claim): Element => {
    const at = mentionPosition(c)
    const s = c.span.sentence
    if (at.end === 0) return h("span", {}, s)
    return h("span", {}, s.slice(0, at.start), h("mark", {}, s.slice(at.start, at.end)), s.slice(at.end))
  }

  const claimsById = new Map(input.claims.map((c) => [c.id, c]))
  const comparisonById = new Map(input.comparisons.map((c) => [c.id, c]))
  const conflicts = input.comparisons.filter((c) => c.conflict).length
  const g = input.generatedFrom

  const head = document.head
  head.appendChild(h("meta", { charset: "utf-8" }))
  head.appendChild(h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }))
  head.appendChild(h("title", {}, `tally report: ${g.input}`))
  head.appendChild(h("style", {}, STYLE))

  const body = document.body
  body.appendChild(
    h(
      "header",
      {},
      h("h1", {}, "Figures compared across sources"),
      h(
        "p",
        { class: "meta" },
        `${g.tool} on ${g.input}: ${g.documents} documents, ${input.claims.length} claims, `,
        `${input.comparisons.length} comparison groups, ${conflicts} in conflict. Corpus sha256 `,
        h("code", {}, g.corpus_sha256),
        "."
      ),
      input.comparisons.length === 0 ? h("p", {}, "No two sources gave comparable figures.") : h(
        "nav",
        { "aria-label": "Comparison groups" },
        h(
          "ol",
          {},
          ...input.comparisons.map((c) =>
            h("li", {}, h("a", { href: `#${c.id}` }, c.label), c.conflict ? h("span", { class: "badge conflict" }, "conflict") : null)
          )
        )
      )
    )
  )

  const main = h("main", {})
  body.appendChild(main)

  for (const comparison of input.comparisons) {
    const range = comparison.low === null || comparison.high === null
      ? ""
      : ` · lowest ${formatNumber(comparison.low)} · highest ${formatNumber(comparison.high)}`
    const spread = comparison.spread === null ? "" : ` · spread ${formatNumber(comparison.spread)}×`
    const dates = comparison.date_from === null
      ? " · undated"
      : comparison.date_from === comparison.date_to
      ? ` · ${comparison.date_from}`
      : ` · ${comparison.date_from} to ${comparison.date_to}`
    const figureRows = comparison.figures.map((f) => {
      const claim = claimsById.get(f.claim_id)
      return h(
        "tr",
        { class: comparison.conflict_claim_ids.includes(f.claim_id) ? "in-conflict" : null },
        h("td", { class: "date" }, f.date ?? "undated"),
        h("td", {}, f.source),
        h("td", {}, f.mention),
        h("td", {}, f.qualifier),
        h("td", { class: "sentence" }, claim === undefined ? "" : sentenceWithMention(claim)),
        h("td", {}, `${f.doc}, article ${f.article}`)
      )
    })
    main.appendChild(
      h(
        "section",
        { class: "comparison", id: comparison.id, "data-comparison-id": comparison.id },
        h(
          "h2",
          {},
          comparison.label,
          h("span", { class: comparison.conflict ? "badge conflict" : "badge agree" }, comparison.conflict ? "conflict" : "agree")
        ),
        h(
          "p",
          { class: "summary" },
          `${comparison.claim_ids.length} figures of ${comparison.counted} from ${comparison.sources} sources${range}${spread}${dates}`
        ),
        comparison.conflict_note === null ? null : h("p", { class: "note" }, comparison.conflict_note),
        h(
          "p",
          { class: "legend" },
          h("span", {}, h("i", { class: "swatch", style: `background:${chartColors.figure}` }), "stated figure"),
          h("span", {}, h("i", { class: "swatch", style: `background:${chartColors.conflict}` }), "the two figures farthest apart"),
          h("span", {}, h("i", { class: "swatch", style: `background:${chartColors.figure};opacity:.25` }), "what the qualifier allows"),
          h("span", {}, h("i", { class: "swatch", style: `background:${chartColors.vague}` }), "vague (never decides)"),
          h("span", {}, "dashed: no upper bound · hover a mark for its sentence")
        ),
        h("figure", { class: "chart", "data-chart-for": comparison.id }, renderChart(document, comparison, claimsById)),
        h(
          "table",
          { class: "figures" },
          h(
            "thead",
            {},
            h("tr", {}, ...["date", "source", "figure", "qualifier", "sentence", "document"].map((t) => h("th", {}, t)))
          ),
          h("tbody", {}, ...figureRows)
        )
      )
    )
  }

  // --- every claim, filterable by category
  const categories = [...new Set(input.claims.map((c) => c.category))].sort()
  const countOf = (category: string): number => input.claims.filter((c) => c.category === category).length
  const claimRows = input.claims.map((c) => {
    const group = c.comparison_id === null ? undefined : comparisonById.get(c.comparison_id)
    return h(
      "tr",
      { "data-category": c.category, "data-claim-id": c.id },
      h("td", {}, c.category),
      h("td", {}, c.span.text),
      h("td", { class: "num" }, statedText(c)),
      h("td", {}, c.quantity.qualifier),
      h("td", {}, c.quantity.unit ?? ""),
      h("td", {}, c.counted ?? ""),
      h("td", {}, c.source.type === "publisher" && c.article.publisher === null ? "" : sourceLabel(c)),
      h("td", { class: "date" }, dateOf(c)),
      h("td", {}, `${c.doc} #${c.article.index}`),
      h("td", {}, group === undefined ? "" : h("a", { href: `#${group.id}` }, group.label)),
      h("td", { class: "sentence" }, sentenceWithMention(c))
    )
  })
  const claimsTable = h(
    "table",
    { id: "claims-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["category", "mention", "figure", "qualifier", "unit", "counted", "source", "date", "document", "comparison", "sentence"]
          .map((t) => h("th", {}, t))
      )
    ),
    h("tbody", {}, ...claimRows)
  )
  main.appendChild(
    h(
      "section",
      { id: "claims" },
      h("h2", {}, "All claims"),
      h(
        "div",
        { class: "filter" },
        h(
          "label",
          { for: "category-filter" },
          "Category ",
          h(
            "select",
            { id: "category-filter" },
            h("option", { value: "" }, `all (${input.claims.length})`),
            ...categories.map((c) => h("option", { value: c }, `${c} (${countOf(c)})`))
          )
        ),
        h("span", { id: "claims-count" }, `${input.claims.length} of ${input.claims.length} claims`)
      ),
      h("div", { class: "table-wrap" }, claimsTable)
    )
  )
  body.appendChild(h("script", {}, SCRIPT))
  return `${document.toString()}\n`
}
