import { defineConfig } from "vitest/config"
import base from "./vitest.config"

// Benchmarks boot Medusa like the integration suites and print figures; they assert nothing about time.
export default defineConfig({ test: { ...base.test, include: ["bench/**/*.bench.ts"] } })
