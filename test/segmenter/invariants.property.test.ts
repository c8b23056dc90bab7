import { describe, it } from "@effect/vitest"
import fc from "fast-check"
import { annotate } from "../../pipeline/Nlp.ts"
import { segmentDocument } from "../../pipeline/Segmenter.ts"
import { assertInvariants, documentOf, seedParagraphs } from "./support.ts"

const paragraphs = seedParagraphs()

/** Paragraphs of the seeds in any order, with stray fragments, joined by any mix of line breaks and spaces. */
const documentText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...paragraphs) },
        { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }) },
        { weight: 1, arbitrary: fc.constantFrom(...paragraphs).map((p) => p.slice(0, Math.ceil(p.length / 3))) }
      ),
      fc.constantFrom("\n", "\n\n", "\n \n", "  \n", "\u00a0\n\n", "\n\n\n", " ")
    ),
    { maxLength: 25 }
  )
  .map((parts) => parts.map(([paragraph, separator]) => paragraph + separator).join(""))

describe("Segmenter offsets on shuffled seed paragraphs", () => {
  it("texts are exact slices; blocks, sentences and articles are ordered and do not overlap", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        assertInvariants(segmentDocument(documentOf("generated.txt", text), annotate))
      }),
      { numRuns: 150, seed: 20240601 }
    )
  })
})
