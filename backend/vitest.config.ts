import { defineConfig } from "vitest/config"

// Medusa's test runners boot the whole application in the test process, so
// suites run one at a time in forked processes (the threads pool crashes).
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    include: ["integration-tests/**/*.spec.ts", "src/**/*.test.ts"],
    globalSetup: ["./integration-tests/setup/database.ts"],
    setupFiles: ["./integration-tests/setup/medusa-under-vitest.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
})
