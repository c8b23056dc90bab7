import { analyse } from "chardet"
import iconv from "iconv-lite"
import { Context, Effect, FileSystem, Layer, Path } from "effect"
import { InputNotFound, InvalidRecord, StageFailed, UndecodableText, UnreadableFile, type DocumentError } from "./errors.ts"
import { htmlToText } from "./formats/html.ts"
import { markdownToText } from "./formats/markdown.ts"
import { parseJsonArray, parseJsonLines, type RecordResult } from "./formats/records.ts"
import type { DocumentMetadata, InputFormat, SourceDocument } from "./model.ts"
import { sha256Hex } from "./text/hash.ts"

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


/** The least confidence (chardet's 0-100) at which a legacy encoding is believed rather than refused. */
const LEGACY_ENCODING_MIN_CONFIDENCE = 30

/**
 * Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded exactly. Bytes that are not
 * UTF-8 are given to chardet, and decoded with iconv-lite when it names a legacy encoding with confidence
 * (old newspaper archives are often windows-1252); binary data (NUL bytes, many control characters) and
 * text whose encoding cannot be told are refused rather than guessed, so offsets never point into mojibake.
 */
export const decodeText = (doc: string, bytes: Uint8Array): Effect.Effect<{ text: string; encoding: string }, UndecodableText> =>
  Effect.suspend(() => {
    const decoded = decodeBytes(doc, bytes)
    if (decoded instanceof UndecodableText) return Effect.fail(decoded)
    const { text } = decoded
    let control = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0) return Effect.fail(new UndecodableText({ doc, message: "holds NUL bytes: binary file, not text" }))
      if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++
    }
    if (text.length > 0 && control / text.length > 0.05) {
      return Effect.fail(new UndecodableText({ doc, message: `${control} control characters in ${text.length}: binary file, not text` }))
    }
    return Effect.succeed(decoded)
  })

const decodeBytes = (doc: string, bytes: Uint8Array): { text: string; encoding: string } | UndecodableText => {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" }
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
  try {
    return { text: utf8.decode(hasBom ? bytes.subarray(3) : bytes), encoding: hasBom ? "utf-8-bom" : "utf-8" }
  } catch (cause) {
    // Not UTF-8: fall through to detection; the reason is kept for the message if detection fails too.
    if (bytes.includes(0)) return new UndecodableText({ doc, message: "holds NUL bytes: binary file, not text" })
    const best = analyse(bytes)[0]
    // ISO-8859-1 text with bytes 0x80-0x9F is windows-1252 in practice (WHATWG treats the labels as one).
    const name = best?.name === "ISO-8859-1" ? "windows-1252" : best?.name
    if (best !== undefined && name !== undefined && best.confidence >= LEGACY_ENCODING_MIN_CONFIDENCE && iconv.encodingExists(name)) {
      return { text: iconv.decode(Buffer.from(bytes), name), encoding: name.toLowerCase() }
    }
    const reason = cause instanceof Error ? cause.message : String(cause)
    const guess = best === undefined ? "no guess" : `best guess ${best.name} at ${best.confidence}% is too uncertain`
    return new UndecodableText({ doc, message: `not valid UTF-8 text (${reason}) and its encoding cannot be told (${guess}); binary file or unknown encoding` })
  }
}

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
        return documentsOf(entry, normaliseNewlines(decoded.success.text), {
          sha256,
          bytes: bytes.success.length,
          encoding: decoded.success.encoding
        })
      })

      return Corpus.of({ list, read })
    })
  )
}

/** What is known of a file once its bytes are decoded. */
interface FileFacts {
  readonly sha256: string
  readonly bytes: number
  readonly encoding: string
}

const utf8 = new TextEncoder()

/**
 * Decoded file text -> documents, by format. Single-document formats (txt, md, html) keep the file's
 * sha256 and size; each record of a JSONL/JSON corpus is its own document, whose sha256 and bytes are
 * those of its `text` encoded as UTF-8 (the record's line also holds metadata, which is not the text).
 */
export const documentsOf = (entry: InputEntry, text: string, file: FileFacts): ReadonlyArray<CorpusItem> => {
  const single = (extracted: string, metadata: DocumentMetadata): ReadonlyArray<CorpusItem> => [{
    _tag: "Loaded",
    document: { doc: entry.doc, format: entry.format, text: extracted, sha256: file.sha256, bytes: file.bytes, encoding: file.encoding, metadata }
  }]
  switch (entry.format) {
    case "txt":
      return single(text, {})
    case "md":
      return extracted(entry, file, () => markdownToText(text), single)
    case "html":
      return extracted(entry, file, () => htmlToText(text), single)
    case "jsonl":
      return recordItems(entry, file, parseJsonLines(entry.doc, text))
    case "json": {
      const parsed = parseJsonArray(entry.doc, text)
      if (parsed._tag === "Failure") {
        return [{
          _tag: "Failed",
          doc: entry.doc,
          format: entry.format,
          error: new InvalidRecord({ doc: entry.doc, line: null, message: parsed.failure.message }),
          bytes: file.bytes,
          sha256: file.sha256
        }]
      }
      return recordItems(entry, file, parsed.success)
    }
  }
}

/**
 * Runs a markup parser on one file. The parsers are forgiving by design, but a bug in one must cost that
 * file, not the run: it becomes the file's error row.
 */
const extracted = (
  entry: InputEntry,
  file: FileFacts,
  parse: () => { readonly text: string; readonly metadata: DocumentMetadata },
  single: (text: string, metadata: DocumentMetadata) => ReadonlyArray<CorpusItem>
): ReadonlyArray<CorpusItem> => {
  let result: { readonly text: string; readonly metadata: DocumentMetadata }
  try {
    result = parse()
  } catch (cause) {
    const message = `cannot extract the text of this ${entry.format} file: ${cause instanceof Error ? cause.message : String(cause)}`
    return [{
      _tag: "Failed",
      doc: entry.doc,
      format: entry.format,
      error: new StageFailed({ doc: entry.doc, stage: "read", message }),
      bytes: file.bytes,
      sha256: file.sha256
    }]
  }
  return single(result.text, definedOnly(result.metadata))
}

const recordItems = (entry: InputEntry, file: FileFacts, records: ReadonlyArray<RecordResult>): ReadonlyArray<CorpusItem> => {
  if (records.length === 0) {
    // Every input file appears in documents.csv: a corpus file with no records says so.
    return [{
      _tag: "Failed",
      doc: entry.doc,
      format: entry.format,
      error: new InvalidRecord({ doc: entry.doc, line: null, message: `${entry.doc}: holds no document records` }),
      bytes: file.bytes,
      sha256: file.sha256
    }]
  }
  return records.map((record): CorpusItem => {
    if (record._tag === "Invalid") {
      return {
        _tag: "Failed",
        doc: record.doc,
        format: entry.format,
        error: new InvalidRecord({ doc: record.doc, line: record.place.line, message: record.message }),
        bytes: null,
        sha256: null
      }
    }
    const text = normaliseNewlines(record.text)
    const encoded = utf8.encode(text)
    return {
      _tag: "Loaded",
      document: {
        doc: record.doc,
        format: entry.format,
        text,
        sha256: sha256Hex(encoded),
        bytes: encoded.length,
        encoding: file.encoding,
        metadata: definedOnly(record.metadata)
      }
    }
  })
}

/** Drops absent keys so metadata objects compare and serialise the same whatever format they came from. */
const definedOnly = (metadata: DocumentMetadata): DocumentMetadata => {
  const out: { -readonly [K in keyof DocumentMetadata]: DocumentMetadata[K] } = {}
  if (metadata.title !== undefined) out.title = metadata.title
  if (metadata.publisher !== undefined) out.publisher = metadata.publisher
  if (metadata.published !== undefined) out.published = metadata.published
  if (metadata.url !== undefined) out.url = metadata.url
  return out
}

/**
 * Where `--keep-text` writes a document's extracted text, relative to the output folder:
 * `text/<doc>.txt`. The folders of `doc` are kept; a corpus record's `#` becomes `__`
 * (`text/corpus/news.jsonl__42.txt`). Record ids are user data, so characters that are not safe in a
 * file name become `_`, and `.`/`..` segments are dropped: no id can climb out of `text/`.
 */
export const keptTextPath = (doc: string): string => {
  const segments = doc
    .replace(/#/g, "__")
    .split("/")
    .filter((segment) => segment !== "" && segment !== "." && segment !== "..")
    .map((segment) => segment.replace(/[<>:"\\|?*\u0000-\u001f]/g, "_"))
  return ["text", ...segments].join("/") + ".txt"
}
