import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, sep } from "node:path"

export type DiscoveredRoute = { method: string; path: string }

const API_ROOT = join(__dirname, "..", "..", "src", "api")

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : name === "route.ts" ? [full] : []
  })
}

/**
 * The routes Medusa's router serves from src/api, found the way the router
 * finds them: every route.ts and the HTTP methods it exports.
 */
export function discoverRoutes(prefix: "admin" | "store"): DiscoveredRoute[] {
  return walk(join(API_ROOT, prefix)).flatMap((file) => {
    const folder = relative(API_ROOT, file).split(sep).slice(0, -1)
    const path = "/" + folder.map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
    const source = readFileSync(file, "utf8")
    return ["GET", "POST", "DELETE"]
      .filter((method) => new RegExp(`export (async )?function ${method}\\b`).test(source))
      .map((method) => ({ method, path }))
  })
}
