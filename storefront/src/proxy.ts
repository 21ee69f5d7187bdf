import { type NextRequest, NextResponse } from "next/server"
import { routeToMarket } from "@/lib/util/market-routing"
import { preferredMarket } from "@/lib/util/preferred-market"

/** Remembers the market a shopper last visited, so `/` takes them back to it. */
const MARKET_COOKIE = "mukti_market"
const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const preferred = preferredMarket({
    chosenMarket: request.cookies.get(MARKET_COOKIE)?.value,
    geoCountry: request.headers.get("x-vercel-ip-country") ?? request.headers.get("cf-ipcountry"),
    acceptLanguage: request.headers.get("accept-language"),
  })
  const route = routeToMarket(pathname, preferred)

  if (route.action === "redirect") {
    const url = request.nextUrl.clone()
    url.pathname = route.location
    url.search = search
    return NextResponse.redirect(url)
  }

  const response = NextResponse.next()
  if (route.market && request.cookies.get(MARKET_COOKIE)?.value !== route.market.code) {
    response.cookies.set(MARKET_COOKIE, route.market.code, {
      path: "/",
      maxAge: ONE_YEAR_IN_SECONDS,
      sameSite: "lax",
    })
  }
  return response
}

export const config = {
  // Pages only: not Next's assets, the image optimizer, API routes or files such as icon.svg.
  matcher: ["/((?!_next/|api/|.*\\..*).*)"],
}
