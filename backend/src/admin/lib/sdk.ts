import Medusa, { FetchError } from "@medusajs/js-sdk"

/** The one client every admin extension uses: same origin as the dashboard, signed in by its session cookie. */
export const sdk = new Medusa({
  baseUrl: "/",
  debug: false,
  auth: { type: "session" },
})

/** The sentence the API sent with a refusal or conflict, or a general one when there is none. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "Something went wrong. Try again, and tell the owner if it keeps happening."
}

/** The HTTP status of a failed request (409 for a conflict, 403 for a refusal), if it got an answer. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined
}
