/**
 * HTML pages -> article text. Parsed with parse5, the WHATWG-conformant parser (the tree a browser
 * builds, so unclosed `<p>`s and tag soup come out as a reader sees them). Only the body's reading text
 * is kept: scripts, styles, navigation, site header, footer and asides are dropped; block elements
 * become paragraphs separated by blank lines.
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5"
import type { DocumentMetadata } from "../model.ts"
import { BlockText } from "./blocks.ts"
import { isoDay } from "./records.ts"

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

/** Elements whose content is never reading text. */
const droppedElements: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "head", "nav", "aside", "footer", "form", "button", "select",
  "option", "textarea", "input", "label", "iframe", "object", "embed", "canvas", "svg", "math", "audio",
  "video", "map", "dialog", "menu"
])

/**
 * A `<header>` is the site banner at page level, but inside `<article>` or `<main>` it holds the headline
 * and byline, which the Segmenter needs.
 */
const keptHeaderParents: ReadonlySet<string> = new Set(["article", "main"])

/** Elements that start and end a paragraph. */
const blockElements: ReadonlySet<string> = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"
])

/** Table cells sit side by side in a row: a space between them, a paragraph per row. */
const cellElements: ReadonlySet<string> = new Set(["td", "th"])

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value

const isElement = (node: Node): node is Element => "tagName" in node

const isHidden = (el: Element): boolean =>
  attr(el, "hidden") !== undefined || attr(el, "aria-hidden") === "true" ||
  /display\s*:\s*none/i.test(attr(el, "style") ?? "")

/** Meta names and properties that carry the page's metadata, in order of trust. */
const metaKeys = {
  published: ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued"],
  publisher: ["og:site_name", "publisher", "dc.publisher"],
  title: ["og:title", "dc.title"],
  url: ["og:url"]
} as const

export interface HtmlDocument {
  readonly text: string
  readonly metadata: DocumentMetadata
}

const walkElements = (node: Node, visit: (el: Element) => void): void => {
  if (isElement(node)) visit(node)
  if ("childNodes" in node) for (const child of node.childNodes) walkElements(child, visit)
  if (isElement(node) && node.tagName === "template" && "content" in node) {
    walkElements(node.content as Node, visit)
  }
}

const readMetadata = (root: Node): DocumentMetadata => {
  const metas = new Map<string, string>()
  let canonical: string | undefined
  walkElements(root, (el) => {
    if (el.tagName === "meta") {
      const key = (attr(el, "property") ?? attr(el, "name") ?? attr(el, "itemprop") ?? "").toLowerCase()
      const content = attr(el, "content")?.trim()
      if (key !== "" && content && !metas.has(key)) metas.set(key, content)
    } else if (el.tagName === "link" && (attr(el, "rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) {
      canonical ??= attr(el, "href")?.trim()
    }
  })
  const first = (keys: ReadonlyArray<string>): string | undefined => {
    for (const key of keys) {
      const value = metas.get(key)
      if (value) return value
    }
    return undefined
  }
  const publishedRaw = first(metaKeys.published)
  return {
    title: first(metaKeys.title),
    publisher: first(metaKeys.publisher),
    published: publishedRaw === undefined ? undefined : isoDay(publishedRaw) ?? undefined,
    url: canonical || first(metaKeys.url)
  }
}

/** The page's reading text and the metadata its `<meta>` tags give. */
export const htmlToText = (html: string): HtmlDocument => {
  const document = parse(html)
  const out = new BlockText()

  const visit = (node: Node, insideArticle: boolean): void => {
    if (node.nodeName === "#text" && "value" in node) {
      out.text(node.value)
      return
    }
    if (!isElement(node)) return
    const tag = node.tagName
    if (droppedElements.has(tag) || isHidden(node)) return
    if (tag === "header" && !insideArticle) return
    if (tag === "br") {
      out.lineBreak()
      return
    }
    if (tag === "pre") {
      out.verbatim(textContent(node))
      return
    }
    if (tag === "img") return
    const block = blockElements.has(tag)
    if (cellElements.has(tag)) out.text(" ")
    else if (block) out.breakBlock()
    const inside = insideArticle || keptHeaderParents.has(tag)
    for (const child of node.childNodes) visit(child, inside)
    if (cellElements.has(tag)) out.text(" ")
    else if (block) out.breakBlock()
  }

  const html_ = document.childNodes.find((n) => isElement(n) && n.tagName === "html")
  const body = html_ && isElement(html_) ? html_.childNodes.find((n) => isElement(n) && n.tagName === "body") : undefined
  if (body) visit(body, false)
  return { text: out.finish(), metadata: readMetadata(document) }
}

const textContent = (node: Node): string => {
  if (node.nodeName === "#text" && "value" in node) return node.value
  if (!("childNodes" in node)) return ""
  return node.childNodes.map(textContent).join("")
}
