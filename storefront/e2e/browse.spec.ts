import AxeBuilder from "@axe-core/playwright"
import { expect, type Locator, type Page, test, type TestInfo } from "@playwright/test"
import { artisanLegalNames, storeGet } from "./support/backend"

type StoreMaker = { handle: string; name: string; product_count: number }
type StoreMakerDetail = StoreMaker & { product_ids: string[]; artisans: { display_name: string }[] }

/** The seeded maker group with the most pieces, read from the store API the shop uses. */
async function busiestMaker(): Promise<StoreMakerDetail> {
  const { makers } = await storeGet<{ makers: StoreMaker[] }>("/store/makers")
  const [top] = [...makers].sort((a, b) => b.product_count - a.product_count)
  const { maker } = await storeGet<{ maker: StoreMakerDetail }>(`/store/makers/${top.handle}`)
  return maker
}

/** Home, the catalogue, and a product and maker page that the seeded backend has. */
async function browsingPages(): Promise<string[]> {
  const maker = await busiestMaker()
  const { products } = await storeGet<{ products: { handle: string }[] }>(
    `/store/products?id[]=${maker.product_ids[0]}&fields=handle`,
  )
  return ["/in", "/in/store", `/in/products/${products[0].handle}`, `/in/makers/${maker.handle}`]
}

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
}

/** The grid's product cards: each a link to a product page. */
const productLinks = (scope: Page | Locator) => scope.locator('a[href*="/products/"]')

async function handlesOn(page: Page): Promise<string[]> {
  const hrefs = await productLinks(page.getByRole("main")).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  )
  return hrefs.map((href) => href.split("/products/")[1])
}

/** The amount on each card ("From ₹3,900" reads 3900), in the order shown. */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await productLinks(page.getByRole("main")).allTextContents()
  return texts.map((text) => {
    const match = /₹\s?([\d,]+(?:\.\d+)?)/.exec(text)
    expect(match, `a rupee price in "${text}"`).not.toBeNull()
    return Number(match![1].replace(/,/g, ""))
  })
}

test("home leads to a maker's page, and on to a piece that names its makers", async ({ page }, testInfo) => {
  const maker = await busiestMaker()
  await page.goto("/in")
  await expect(page.getByRole("heading", { name: "Fair work, counted" })).toBeVisible()
  await keepScreenshot(page, testInfo, "home")

  const workshops = page.getByRole("region", { name: "The workshops behind every piece" })
  await workshops.getByRole("link", { name: maker.name }).click()
  await expect(page).toHaveURL(`/in/makers/${maker.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: maker.name })).toBeVisible()
  for (const artisan of maker.artisans) {
    await expect(page.getByRole("heading", { level: 3, name: artisan.display_name })).toBeVisible()
  }
  // Consented display names only: no artisan's legal name reaches the page.
  const html = await page.content()
  for (const legalName of await artisanLegalNames()) expect(html).not.toContain(legalName)
  await keepScreenshot(page, testInfo, "maker")

  const work = page.getByRole("region", { name: `Made at ${maker.name}` })
  await expect(productLinks(work)).toHaveCount(maker.product_ids.length)
  await productLinks(work).first().click()
  await expect(page).toHaveURL(/\/in\/products\//)
  const madeBy = page.getByRole("region", { name: "Made by" })
  await expect(madeBy).toContainText(maker.name)
  await expect(madeBy.getByRole("link", { name: `Meet ${maker.name}` })).toHaveAttribute(
    "href",
    `/in/makers/${maker.handle}`,
  )
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(jsonLd["@type"]).toBe("Product")
  expect(jsonLd.offers[0]).toMatchObject({ "@type": "Offer", priceCurrency: "INR" })
  await keepScreenshot(page, testInfo, "product")
})

test("the catalogue searches by title, filters by maker, sorts by price and pages", async ({ page }, testInfo) => {
  const search = page.getByRole("search", { name: "Find pieces" })

  await page.goto("/in/store")
  await search.getByRole("searchbox").fill("sari")
  await search.getByRole("button", { name: "Show pieces" }).click()
  await expect(page).toHaveURL(/[?&]q=sari/)
  const { count: sariCount } = await storeGet<{ count: number }>("/store/products?q=sari&limit=1&fields=id")
  await expect(page.getByText(`${sariCount} pieces matching “sari”`)).toBeVisible()

  const maker = await busiestMaker()
  await page.goto("/in/store")
  await search.getByLabel("Made by").selectOption({ label: maker.name })
  await search.getByLabel("Sort").selectOption({ label: "Price, low to high" })
  await search.getByRole("button", { name: "Show pieces" }).click()
  await expect(page).toHaveURL(new RegExp(`maker=${maker.handle}`))
  await expect(page.getByText(`made at ${maker.name}`)).toBeVisible()
  const { products } = await storeGet<{ products: { handle: string }[] }>(
    `/store/products?${maker.product_ids.map((id) => `id[]=${id}`).join("&")}&fields=handle&limit=100`,
  )
  const groupHandles = new Set(products.map((product) => product.handle))
  const shown = await handlesOn(page)
  expect(shown.length).toBeGreaterThan(0)
  for (const handle of shown) expect(groupHandles, `${handle} is the group's`).toContain(handle)
  const rising = await cardPrices(page)
  expect(rising).toEqual([...rising].sort((a, b) => a - b))
  await keepScreenshot(page, testInfo, "catalogue filtered")

  await page.goto("/in/store?sort=price-desc")
  const falling = await cardPrices(page)
  expect(falling).toEqual([...falling].sort((a, b) => b - a))

  const { count: total } = await storeGet<{ count: number }>("/store/products?limit=1&fields=id")
  await page.goto("/in/store")
  const firstPage = await handlesOn(page)
  if (total > firstPage.length) {
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: /Next/ }).click()
    await expect(page).toHaveURL(/[?&]page=2/)
    const secondPage = await handlesOn(page)
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage.filter((handle) => firstPage.includes(handle))).toEqual([])
  }
})

test("switching region keeps the shopper's search and shows prices in that region's currency", async ({ page }) => {
  await page.goto("/in/store?q=sari&sort=price-asc")
  await expect(productLinks(page.getByRole("main")).first()).toContainText("₹")

  const picker = page.getByRole("banner").locator("summary", { hasText: "Region and currency" })
  await picker.click()
  await page.getByRole("link", { name: /^Europe/ }).click()
  await expect(page).toHaveURL(/\/eu\/store\?q=sari&sort=price-asc$/)
  await expect(picker).toContainText("EUR")
  const cards = await productLinks(page.getByRole("main")).allTextContents()
  expect(cards.length).toBeGreaterThan(0)
  for (const card of cards) {
    expect(card).toContain("€")
    expect(card).not.toContain("₹")
  }
})

test("unknown makers, products and regions are 404s", async ({ page }) => {
  for (const path of ["/in/makers/no-such-workshop", "/in/products/no-such-piece", "/gb/makers"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByText("Page not found")).toBeVisible()
  }
})

test("home, catalogue, product and maker pages have no serious or critical axe violations", async ({ page }) => {
  const pages = [...(await browsingPages()), "/in/makers"]
  for (const path of pages) {
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze()
    const serious = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)
    expect(serious, path).toEqual([])
  }
})

test.describe("on a small phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })

  test("no page scrolls sideways, and the header's controls keep their names", async ({ page }) => {
    const pages = [...(await browsingPages()), "/in/cart"]
    for (const path of pages) {
      await page.goto(path)
      const width = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth,
      }))
      expect(width.page, `${path} is ${width.page}px wide on a ${width.screen}px screen`).toBeLessThanOrEqual(
        width.screen,
      )
    }
    const header = page.getByRole("banner")
    await expect(header.getByRole("link", { name: "Account" })).toBeVisible()
    await expect(header.getByRole("link", { name: /^Cart/ })).toBeVisible()
    await expect(header.locator("summary", { hasText: "Region and currency" })).toContainText("INR")
  })
})
