import { stringify } from "csv-stringify/sync"
import { Context, Effect, FileSystem, Layer, Path, Schema } from "effect"
import { ArticleRecord, ArticleRecord as ArticleSchema, articleTable } from "../schemas/Article.ts"
import { Claim as ClaimSchema, claimTable, type Claim } from "../schemas/Claim.ts"
import { Comparison as ComparisonSchema, comparisonTable, type Comparison } from "../schemas/Comparison.ts"
import { DocumentRecord, DocumentRecord as DocumentSchema, documentTable } from "../schemas/Document.ts"
import { SentenceRecord } from "../schemas/Sentence.ts"
import type { Cell, Table } from "../schemas/Table.ts"
import { SCHEMA_VERSION } from "../schemas/version.ts"
import { keptTextPath } from "./Corpus.ts"
import { WriteFailed } from "./errors.ts"

/** Everything one run writes. */
export interface Dataset {
  /** what the data was generated from, recorded in the JSON files (deterministic: no paths, no clock) */
  readonly generatedFrom: GeneratedFrom
  readonly documents: ReadonlyArray<DocumentRecord>
  readonly articles: ReadonlyArray<ArticleRecord>
  readonly claims: ReadonlyArray<Claim>
  readonly comparisons: ReadonlyArray<Comparison>
  /** extracted texts for `--keep-text`, as `text/<doc>.txt` */
  readonly keptTexts: ReadonlyArray<{ readonly doc: string; readonly text: string }>
  /** the sentences for `--keep-text`, as `sentences.jsonl` (none: no file) */
  readonly keptSentences: ReadonlyArray<SentenceRecord>
  /** the rendered `report.html`, if the report is built */
  readonly reportHtml: string | null
}

export interface GeneratedFrom {
  readonly tool: string
  /** the input folder's or file's name */
  readonly input: string
  readonly documents: number
  /** sha256 over the documents' own sha256s, in `doc` order: one fingerprint of the whole corpus */
  readonly corpus_sha256: string
}

/**
 * Numbers as the contract wants them in CSV: plain decimal, no separators, no exponent.
 * `String(n)` is plain for everything a news figure can be, except very large or very small magnitudes.
 */
export const plainNumber = (n: number): string => {
  const s = String(n)
  if (!/e/i.test(s)) return s
  if (Math.abs(n) >= 1) return BigInt(Math.round(n)).toString()
  return n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "")
}

const cellText = (cell: Cell): string =>
  cell === null ? "" : typeof cell === "number" ? plainNumber(cell) : typeof cell === "boolean" ? String(cell) : cell

/** RFC 4180: header row, CRLF line breaks, fields quoted only when they must be. */
export const renderCsv = <R>(table: Table<R>, rows: ReadonlyArray<R>): string =>
  stringify(
    rows.map((row) => table.fields.map((f) => cellText(f.get(row)))),
    { header: true, columns: table.fields.map((f) => f.name), record_delimiter: "\r\n" }
  )

/** Frictionless Table Schema, generated from the same table that renders the CSV. */
export const tableSchema = <R>(table: Table<R>) => ({
  fields: table.fields.map((f) => ({
    name: f.name,
    type: f.type,
    description: f.description,
    ...(f.values === undefined ? {} : { constraints: { enum: [...f.values] } })
  })),
  missingValues: [""],
  ...(table.primaryKey === undefined ? {} : { primaryKey: table.primaryKey })
})

const csvResource = <R>(table: Table<R>) => ({
  name: table.name,
  path: `${table.name}.csv`,
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  description: table.description,
  dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: "\"", doubleQuote: true, header: true },
  schema: tableSchema(table)
})

/** The JSON Schema documents written beside the outputs, one per record type. */
export const recordSchemas = {
  "claim.schema.json": ClaimSchema,
  "document.schema.json": DocumentSchema,
  "article.schema.json": ArticleSchema,
  "comparison.schema.json": ComparisonSchema,
  "sentence.schema.json": SentenceRecord
} as const

export const jsonSchemaOf = (schema: Schema.Top, id: string): unknown => {
  const document = Schema.toJsonSchemaDocument(schema)
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: id,
    ...document.schema,
    ...(Object.keys(document.definitions).length === 0 ? {} : { $defs: document.definitions })
  }
}

export const dataPackage = (from: GeneratedFrom) => ({
  profile: "tabular-data-package",
  name: "tally-claims",
  title: "Quantitative claims extracted from news articles",
  version: SCHEMA_VERSION,
  description:
    "Figures stated in news texts (crowd sizes, troops, casualties, money, percentages...) with who gave them, when, and where in which document they stand.",
  sources: [{ title: `${from.tool} run on ${from.input}` }],
  resources: [
    csvResource(claimTable),
    csvResource(documentTable),
    csvResource(articleTable),
    csvResource(comparisonTable),
    {
      name: "claims-json",
      path: "claims.json",
      format: "json",
      mediatype: "application/json",
      description: "The claims as nested objects; record shape in claim.schema.json"
    },
    {
      name: "claims-jsonl",
      path: "claims.jsonl",
      format: "jsonl",
      mediatype: "application/jsonl",
      description: "One claim object per line; record shape in claim.schema.json"
    },
    {
      name: "comparisons-json",
      path: "comparisons.json",
      format: "json",
      mediatype: "application/json",
      description: "Comparison groups with their figures; record shape in comparison.schema.json"
    }
  ]
})

/** Validates records against their schema on the way out: a bug upstream fails loudly, not in a user's notebook. */
const encodeAll = <S extends Schema.Top>(schema: S, rows: ReadonlyArray<unknown>, what: string) => {
  const encode = Schema.encodeUnknownEffect(Schema.toCodecJson(schema))
  return Effect.forEach(rows, (row, i) =>
    encode(row).pipe(
      Effect.mapError((e) => new WriteFailed({ path: what, message: `record ${i} does not fit its schema: ${e.message}` }))
    ))
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** The Writer stage: renders every output file and puts each in place atomically. */
export class Writer extends Context.Service<Writer, {
  /** returns the paths written, relative to `out` */
  readonly write: (out: string, dataset: Dataset) => Effect.Effect<ReadonlyArray<string>, WriteFailed>
}>()("tally/Writer") {
  static readonly layer = Layer.effect(
    Writer,
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path

      /** temporary file in the same folder, then rename: readers see the old file or the new one, never half. */
      const writeAtomic = (file: string, content: string) => {
        const tmp = `${file}.${process.pid}.tmp`
        return fs.makeDirectory(path.dirname(file), { recursive: true }).pipe(
          Effect.andThen(fs.writeFileString(tmp, content)),
          Effect.andThen(fs.rename(tmp, file)),
          Effect.mapError((e) => new WriteFailed({ path: file, message: e.message }))
        )
      }

      const write = Effect.fn("Writer.write")(function*(out: string, dataset: Dataset) {
        const claims = yield* encodeAll(ClaimSchema, dataset.claims, "claims")
        const comparisons = yield* encodeAll(ComparisonSchema, dataset.comparisons, "comparisons")
        yield* encodeAll(DocumentSchema, dataset.documents, "documents")
        yield* encodeAll(ArticleSchema, dataset.articles, "articles")
        const sentences = yield* encodeAll(SentenceRecord, dataset.keptSentences, "sentences")

        const files = new Map<string, string>()
        files.set("claims.csv", renderCsv(claimTable, dataset.claims))
        files.set(
          "claims.json",
          json({ schema_version: SCHEMA_VERSION, generated_from: dataset.generatedFrom, claims })
        )
        files.set("claims.jsonl", claims.map((c) => `${JSON.stringify(c)}\n`).join(""))
        files.set("documents.csv", renderCsv(documentTable, dataset.documents))
        files.set("articles.csv", renderCsv(articleTable, dataset.articles))
        files.set("comparisons.csv", renderCsv(comparisonTable, dataset.comparisons))
        files.set(
          "comparisons.json",
          json({ schema_version: SCHEMA_VERSION, generated_from: dataset.generatedFrom, comparisons })
        )
        files.set("datapackage.json", json(dataPackage(dataset.generatedFrom)))
        for (const [name, schema] of Object.entries(recordSchemas)) {
          files.set(name, json(jsonSchemaOf(schema, name)))
        }
        if (dataset.reportHtml !== null) files.set("report.html", dataset.reportHtml)
        for (const kept of dataset.keptTexts) files.set(keptTextPath(kept.doc), kept.text)
        if (sentences.length > 0) files.set("sentences.jsonl", sentences.map((r) => `${JSON.stringify(r)}\n`).join(""))

        yield* Effect.forEach([...files], ([name, content]) => writeAtomic(path.join(out, name), content), {
          discard: true
        })
        return [...files.keys()]
      })

      return Writer.of({ write })
    })
  )
}
