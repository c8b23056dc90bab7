import { Schema } from "effect"
import { Category, IsoDate, Qualifier, SourceType } from "./Claim.ts"
import { field, type Table } from "./Table.ts"

/** One figure inside a comparison group, as a reader needs it beside the others. */
export const ComparedFigure = Schema.Struct({
  claim_id: Schema.String,
  doc: Schema.String,
  article: Schema.Int,
  source: Schema.String.annotate({ description: "source name, organisation, or the publisher for the outlet's own statements" }),
  source_type: SourceType,
  mention: Schema.String,
  value: Schema.NullOr(Schema.Finite),
  low: Schema.NullOr(Schema.Finite),
  high: Schema.NullOr(Schema.Finite),
  qualifier: Qualifier,
  date: Schema.NullOr(IsoDate).annotate({ description: "event date, else the article's published date" }),
  implied_low: Schema.NullOr(Schema.Finite).annotate({
    description: "lower end of the interval the qualifier allows, used for the conflict test; null for vague figures"
  }),
  implied_high: Schema.NullOr(Schema.Finite).annotate({
    description: "upper end of that interval; null when the figure sets no upper bound (more than, at least) or is vague"
  })
})
export type ComparedFigure = typeof ComparedFigure.Type

export const Comparison = Schema.Struct({
  id: Schema.String.annotate({ description: "stable id of the group, derived from its claim ids" }),
  label: Schema.String.annotate({ description: "readable name of the measure" }),
  category: Category,
  counted: Schema.String.annotate({ description: "the kind of thing counted, as the group's rule names it" }),
  unit: Schema.NullOr(Schema.String),
  claim_ids: Schema.Array(Schema.String),
  sources: Schema.Int.annotate({ description: "number of distinct sources" }),
  figures: Schema.Array(ComparedFigure),
  low: Schema.NullOr(Schema.Finite).annotate({ description: "lowest figure, from non-vague claims' bounds" }),
  high: Schema.NullOr(Schema.Finite).annotate({ description: "highest figure, from non-vague claims' bounds" }),
  spread: Schema.NullOr(Schema.Finite).annotate({ description: "high / low" }),
  date_from: Schema.NullOr(IsoDate),
  date_to: Schema.NullOr(IsoDate),
  conflict: Schema.Boolean.annotate({ description: "true when two figures' implied intervals do not overlap" }),
  conflict_note: Schema.NullOr(Schema.String).annotate({ description: "the two figures that disagree most, in words" }),
  conflict_claim_ids: Schema.Array(Schema.String).annotate({
    description: "claim ids of the two figures that disagree most, higher first; empty when there is no conflict"
  })
}).annotate({ title: "Comparison", description: "A group of claims that measure the same thing" })
export type Comparison = typeof Comparison.Type

export const comparisonTable: Table<Comparison> = {
  name: "comparisons",
  description: "One row per group of claims about the same measure",
  primaryKey: "comparison_id",
  fields: [
    field("comparison_id", "string", "stable id of the group", (c) => c.id),
    field("label", "string", "readable name of the measure", (c) => c.label),
    field("category", "string", "category shared by the group's claims", (c) => c.category, Category.literals),
    field("counted", "string", "the kind of thing counted", (c) => c.counted),
    field("unit", "string", "unit shared by the group's claims", (c) => c.unit),
    field("claims", "integer", "number of claims in the group", (c) => c.claim_ids.length),
    field("sources", "integer", "number of distinct sources", (c) => c.sources),
    field("claim_ids", "string", "the group's claim ids, separated by spaces", (c) => c.claim_ids.join(" ")),
    field(
      "figures",
      "string",
      "each source with its figure, separated by ' | '",
      (c) => c.figures.map((f) => `${f.source}: ${f.mention}${f.date === null ? "" : ` (${f.date})`}`).join(" | ")
    ),
    field("low", "number", "lowest figure", (c) => c.low),
    field("high", "number", "highest figure", (c) => c.high),
    field("spread", "number", "high / low", (c) => c.spread),
    field("date_from", "date", "earliest date covered", (c) => c.date_from),
    field("date_to", "date", "latest date covered", (c) => c.date_to),
    field("conflict", "boolean", "true when figures disagree beyond what their qualifiers allow", (c) => c.conflict),
    field("conflict_note", "string", "the two figures that disagree most", (c) => c.conflict_note)
  ]
}
