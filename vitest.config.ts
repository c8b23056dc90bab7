import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // wink-nlp's model loads once per worker (~1 s); end-to-end tests run the whole pipeline on the seeds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks"
  }
})
