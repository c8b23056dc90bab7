import { createHash } from "node:crypto"

/** sha256 as lower-case hex: document fingerprints, claim and group ids. */
export const sha256Hex = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex")
