import { createHash } from "node:crypto"
import { Context, Effect, FileSystem, Layer, Path } from "effect"
import { InputNotFound, UndecodableText, UnreadableFile, type DocumentError } from "./errors.ts"
import type { InputFormat, SourceDocument } from "./model.ts"

/** One file to read, as found under `--input`. */
export interface InputEntry {
  /** absolute path */
  readonly path: string
  /** path relative to the input folder, with `/` separators (the contract's `doc`) */
  readonly doc: string
  readonly format: InputFormat
}

/** What reading one entry gave: documents, and errors for the parts that could not be read. */
export type CorpusItem =
  | { readonly _tag: "Loaded"; readonly document: SourceDocument }
  | {
    readonly _tag: "Failed"
    readonly doc: string
    readonly format: InputFormat
    readonly error: DocumentError
    readonly bytes: number | null
    readonly sha256: string | null
  }

const formatByExtension: Record<string, InputFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json"
}

export const sha256Hex = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex")

/**
 * Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded exactly; anything else
 * that is not valid UTF-8, or that holds NUL or many control bytes, is refused rather than guessed, so
 * offsets never point into mojibake.
 */
export const decodeText = (doc: string, bytes: Uint8Array): Effect.Effect<{ text: string; encoding: string }, UndecodableText> =>
  Effect.suspend(() => {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      return Effect.succeed({ text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" })
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      return Effect.succeed({ text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" })
    }
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    let text: string
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes)
    } catch (cause) {
      return Effect.fail(
        new UndecodableText({ doc, message: `not valid UTF-8 text (${String(cause instanceof Error ? cause.message : cause)}); binary file or unsupported encoding` })
      )
    }
    let control = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0) return Effect.fail(new UndecodableText({ doc, message: "holds NUL bytes: binary file, not text" }))
      if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++
    }
    if (text.length > 0 && control / text.length > 0.05) {
      return Effect.fail(new UndecodableText({ doc, message: `${control} control characters in ${text.length}: binary file, not text` }))
    }
    return Effect.succeed({ text, encoding: hasBom ? "utf-8-bom" : "utf-8" })
  })

/** Line endings are normalised to `\n` so offsets mean the same thing on every platform's copy of a file. */
export const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, "\n")

/** The Corpus stage: lists the inputs and turns each into decoded documents (or error items). */
export class Corpus extends Context.Service<Corpus, {
  readonly list: (input: string) => Effect.Effect<ReadonlyArray<InputEntry>, InputNotFound>
  readonly read: (entry: InputEntry) => Effect.Effect<ReadonlyArray<CorpusItem>>
}>()("tally/Corpus") {
  static readonly layer = Layer.effect(
    Corpus,
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path

      const list = Effect.fn("Corpus.list")(function*(input: string) {
        const root = path.resolve(input)
        const info = yield* fs.stat(root).pipe(
          Effect.mapError((e) => new InputNotFound({ path: input, message: `cannot read ${input}: ${e.message}` }))
        )
        if (info.type === "File") {
          const format = formatByExtension[path.extname(root).toLowerCase()] ?? "txt"
          return [{ path: root, doc: path.basename(root), format }]
        }
        const names = yield* fs.readDirectory(root, { recursive: true }).pipe(
          Effect.mapError((e) => new InputNotFound({ path: input, message: `cannot list ${input}: ${e.message}` }))
        )
        const entries: Array<InputEntry> = []
        for (const name of names) {
          const doc = name.split(path.sep).join("/")
          if (doc.split("/").some((part) => part.startsWith("."))) continue // hidden files and folders
          const absolute = path.join(root, name)
          const stat = yield* fs.stat(absolute).pipe(Effect.option)
          if (stat._tag === "None" || stat.value.type !== "File") continue
          const format = formatByExtension[path.extname(name).toLowerCase()] ?? "txt"
          entries.push({ path: absolute, doc, format })
        }
        // Stable order on every platform: by code unit, not by locale or by directory order.
        return entries.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))
      })

      const read = Effect.fn("Corpus.read")(function*(entry: InputEntry) {
        const bytes = yield* fs.readFile(entry.path).pipe(
          Effect.mapError((e) => new UnreadableFile({ doc: entry.doc, message: `cannot read file: ${e.message}` })),
          Effect.result
        )
        if (bytes._tag === "Failure") {
          return [{ _tag: "Failed", doc: entry.doc, format: entry.format, error: bytes.failure, bytes: null, sha256: null }] as const
        }
        const sha256 = sha256Hex(bytes.success)
        const decoded = yield* decodeText(entry.doc, bytes.success).pipe(Effect.result)
        if (decoded._tag === "Failure") {
          return [{ _tag: "Failed", doc: entry.doc, format: entry.format, error: decoded.failure, bytes: bytes.success.length, sha256 }] as const
        }
        const document: SourceDocument = {
          doc: entry.doc,
          format: entry.format,
          text: normaliseNewlines(decoded.success.text),
          sha256,
          bytes: bytes.success.length,
          encoding: decoded.success.encoding,
          metadata: {}
        }
        return [{ _tag: "Loaded", document }] as const
      })

      return Corpus.of({ list, read })
    })
  )
}
