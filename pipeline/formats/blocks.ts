/**
 * Structured inputs (HTML, Markdown) become plain text the way the `.txt` seeds look: one paragraph per
 * block, paragraphs separated by a blank line, so the Segmenter sees the same paragraph structure and
 * every offset refers to this extracted text.
 */

/** Folds inline white space (spaces, tabs, newlines of the source markup) to single spaces. */
export const foldInline = (s: string): string => s.replace(/[ \t\n\r\f\v]+/g, " ")

/**
 * Collects paragraphs. Inline text is appended to the open paragraph; `breakBlock` closes it. A `lineBreak`
 * (HTML `<br>`, Markdown hard break) keeps a single newline inside the paragraph, as a `.txt` line would.
 */
export class BlockText {
  private readonly paragraphs: Array<string> = []
  private current = ""

  /** Inline text: source line breaks are markup white space here, so they fold to spaces. */
  text(s: string): void {
    this.current += foldInline(s)
  }

  lineBreak(): void {
    this.current += "\n"
  }

  breakBlock(): void {
    const lines = this.current
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .filter((line) => line !== "")
    if (lines.length > 0) this.paragraphs.push(lines.join("\n"))
    this.current = ""
  }

  /** Verbatim block (preformatted text, code): its own line structure is kept. */
  verbatim(s: string): void {
    this.breakBlock()
    const kept = s.replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "")
    if (kept.trim() !== "") this.paragraphs.push(kept)
  }

  finish(): string {
    this.breakBlock()
    return this.paragraphs.join("\n\n")
  }
}
