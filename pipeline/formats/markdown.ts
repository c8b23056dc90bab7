/**
 * Markdown -> article text. Parsed with mdast-util-from-markdown (micromark, CommonMark-conformant), so
 * heading markers, emphasis, link and image syntax, list bullets and escapes are markup, not text: the
 * extracted text keeps what a reader sees, one paragraph per block, and offsets refer to it.
 */
import type { Nodes, Root } from "mdast"
import { fromMarkdown } from "mdast-util-from-markdown"
import type { DocumentMetadata } from "../model.ts"
import { BlockText } from "./blocks.ts"
import { isoDay } from "./records.ts"

export interface MarkdownDocument {
  readonly text: string
  readonly metadata: DocumentMetadata
}

/** Front-matter keys (Jekyll/Hugo style `key: value` lines) that carry document metadata. */
const frontMatterKeys = {
  title: ["title"],
  publisher: ["publisher", "source", "site"],
  published: ["published", "date", "pubdate"],
  url: ["url", "link", "canonical"]
} as const

/**
 * A leading `---` ... `---` block is front matter, not article text. Only flat `key: value` lines are
 * read (no YAML library: the four keys we use are scalars).
 */
const splitFrontMatter = (source: string): { body: string; fields: ReadonlyMap<string, string> } => {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source)
  if (!m) return { body: source, fields: new Map() }
  const fields = new Map<string, string>()
  for (const line of m[1]!.split("\n")) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!kv) continue
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2")
    if (value !== "" && !fields.has(kv[1]!.toLowerCase())) fields.set(kv[1]!.toLowerCase(), value)
  }
  return { body: source.slice(m[0].length), fields }
}

const firstField = (fields: ReadonlyMap<string, string>, keys: ReadonlyArray<string>): string | undefined => {
  for (const key of keys) {
    const value = fields.get(key)
    if (value !== undefined) return value
  }
  return undefined
}

export const markdownToText = (source: string): MarkdownDocument => {
  const { body, fields } = splitFrontMatter(source)
  const tree: Root = fromMarkdown(body)
  const out = new BlockText()

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "text":
        out.text(node.value)
        return
      case "inlineCode":
        out.text(node.value)
        return
      case "break":
        out.lineBreak()
        return
      case "code":
        out.verbatim(node.value)
        return
      // Raw HTML, images and link definitions are markup or pictures, not reading text.
      case "html":
      case "image":
      case "imageReference":
      case "definition":
        return
      case "thematicBreak":
        out.breakBlock()
        return
      case "heading":
      case "paragraph":
        out.breakBlock()
        for (const child of node.children) visit(child)
        out.breakBlock()
        return
      default:
        if ("children" in node) for (const child of node.children) visit(child as Nodes)
        if (node.type === "listItem" || node.type === "blockquote" || node.type === "list") out.breakBlock()
    }
  }
  visit(tree)
  const published = firstField(fields, frontMatterKeys.published)
  return {
    text: out.finish(),
    metadata: {
      title: firstField(fields, frontMatterKeys.title),
      publisher: firstField(fields, frontMatterKeys.publisher),
      published: published === undefined ? undefined : isoDay(published) ?? undefined,
      url: firstField(fields, frontMatterKeys.url)
    }
  }
}
