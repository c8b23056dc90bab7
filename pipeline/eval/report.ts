/** Renders an EvalReport: a readable table for people, one JSON object for machines. */
import type { GoldClaim, PredictedClaim } from "./data.ts"
import { attributeFields, type EvalReport, type Ratio, type Scores } from "./scorer.ts"

const num = (x: number | null): string => (x === null ? "-" : x.toFixed(3))
const frac = (r: Ratio): string => (r.value === null ? "-" : `${r.correct}/${r.total}`)

const pad = (s: string, width: number, right = false): string => (right ? s.padStart(width) : s.padEnd(width))

const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => pad(c, widths[i]!, i > 0)).join("  ").trimEnd()
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")
}

const quantityOf = (c: GoldClaim | PredictedClaim): string =>
  `${c.value ?? ""}/${c.low ?? ""}/${c.high ?? ""}/${c.qualifier}/${c.unit ?? ""}`

const where = (c: { doc: string; start: number; end: number }): string => `${c.doc} ${c.start}-${c.end}`

export interface ReportContext {
  /** what was scored against what, one line each */
  readonly header: ReadonlyArray<string>
}

export const renderText = (report: EvalReport, context: ReportContext): string => {
  const rows: Array<{ name: string; s: Scores }> = [
    ...report.documents.map((d) => ({ name: d.doc, s: d.scores })),
    { name: "OVERALL", s: report.overall }
  ]
  const quantityTable = table(
    ["document", "gold", "pred", "match", "det P", "det R", "strict P", "strict R", "strict F1", "key strict R", "non-claim FP"],
    rows.map(({ name, s }) => [
      name,
      String(s.gold),
      String(s.predicted),
      String(s.matched),
      num(s.detection.precision.value),
      num(s.detection.recall.value),
      num(s.strict.precision.value),
      num(s.strict.recall.value),
      num(s.strict.f1),
      `${num(s.keyStrictRecall.value)} (${frac(s.keyStrictRecall)})`,
      String(s.nonClaimFalsePositives)
    ])
  )
  const attributeTable = table(
    ["document (accuracy on matched claims)", ...attributeFields],
    rows.map(({ name, s }) => [name, ...attributeFields.map((f) => `${num(s.attributes[f].value)} (${frac(s.attributes[f])})`)])
  )
  const o = report.overall
  const out: Array<string> = [
    ...context.header,
    "",
    "Detection and strict quantity scores",
    quantityTable,
    "",
    "Attribute accuracy",
    attributeTable,
    "",
    `Overall: detection P ${num(o.detection.precision.value)} R ${num(o.detection.recall.value)} F1 ${num(o.detection.f1)}; ` +
    `strict P ${num(o.strict.precision.value)} R ${num(o.strict.recall.value)} F1 ${num(o.strict.f1)}; ` +
    `key strict R ${num(o.keyStrictRecall.value)}; non-claim FP ${o.nonClaimFalsePositives}` +
    (report.outOfScope > 0 ? `; ${report.outOfScope} extracted claims outside the annotated scope not scored` : "")
  ]
  out.push("", `Misses (${report.misses.length}): gold claims not extracted`)
  for (const g of report.misses) out.push(`  ${where(g)}  "${g.mention}"  ${quantityOf(g)}${g.key ? "  [key]" : ""}`)
  const wrong = report.matches.filter((m) => m.wrongQuantity.length > 0)
  out.push("", `Wrong quantities (${wrong.length}): gold -> extracted (value/low/high/qualifier/unit)`)
  for (const m of wrong) {
    out.push(
      `  ${where(m.gold)}  "${m.gold.mention}" ${quantityOf(m.gold)}  ->  "${m.predicted.mention}" ${quantityOf(m.predicted)}  [${m.wrongQuantity.join(", ")}]`
    )
  }
  out.push("", `Spurious (${report.spurious.length}): extracted claims overlapping no gold claim`)
  for (const p of report.spurious) {
    const hit = report.nonClaimHits.find((h) => h.predicted === p)
    out.push(`  ${where(p)}  "${p.mention}"  ${quantityOf(p)}${hit ? `  [non-claim: ${hit.span.why}]` : ""}`)
  }
  const wrongAttributes = report.matches.filter((m) => m.wrongAttributes.length > 0)
  out.push("", `Wrong attributes (${wrongAttributes.length}): field gold -> extracted`)
  for (const m of wrongAttributes) {
    const diffs = m.wrongAttributes.map((f) => `${f} ${JSON.stringify(m.gold[f])} -> ${JSON.stringify(m.predicted[f])}`)
    out.push(`  ${where(m.gold)}  "${m.gold.mention}"  ${diffs.join("; ")}`)
  }
  return out.join("\n")
}

/** One machine-readable object: the scores, and the reading lists with both sides of each pair. */
export const renderJson = (report: EvalReport, context: Record<string, unknown>): string =>
  JSON.stringify(
    {
      ...context,
      overall: report.overall,
      documents: report.documents,
      out_of_scope: report.outOfScope,
      misses: report.misses,
      wrong_quantities: report.matches
        .filter((m) => m.wrongQuantity.length > 0)
        .map((m) => ({ gold: m.gold, predicted: m.predicted, fields: m.wrongQuantity })),
      spurious: report.spurious,
      nonclaim_hits: report.nonClaimHits,
      wrong_attributes: report.matches
        .filter((m) => m.wrongAttributes.length > 0)
        .map((m) => ({ gold: m.gold, predicted: m.predicted, fields: m.wrongAttributes }))
    },
    null,
    2
  )
