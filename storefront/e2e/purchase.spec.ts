import { expect, test } from "@playwright/test"
import { artisanLegalNames, makerNamesOf, orderMetadata } from "./support/backend"
import { activate, chooseRadio, tabTo, typeInto } from "./support/keyboard"
import { addProductToCart, cartCount, confirmedOrderNumber, fillAddress, PRODUCT, SHOPPERS } from "./support/shop"

const GIFT_MESSAGE = "For Ma, with love. Happy Durga Puja!"

test("a guest buys a sari: the cart survives a reload, the order keeps the gift message and names the makers", async ({
  page,
}) => {
  await addProductToCart(page, "in")
  await expect(cartCount(page)).toHaveText("1")

  await page.getByRole("link", { name: "View cart" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible()
  await page.reload()
  await expect(page.getByTestId("line-quantity")).toHaveText(/1/)

  await page.getByRole("button", { name: new RegExp(`^Increase quantity of ${PRODUCT.title}`) }).click()
  await expect(page.getByTestId("line-quantity")).toHaveText(/2/)
  await expect(cartCount(page)).toHaveText("2")
  await page.screenshot({ path: test.info().outputPath("cart.png"), fullPage: true })

  await page.getByRole("link", { name: "Check out" }).click()
  await fillAddress(page, SHOPPERS.in)

  const delivery = page.getByRole("group", { name: "Delivery option" })
  await delivery.getByRole("radio", { name: /^Standard delivery/ }).check()
  await page.getByLabel("Gift message (optional)").fill(GIFT_MESSAGE)
  await page.getByRole("button", { name: "Continue to payment" }).click()

  await page.getByRole("radio", { name: /^Demo payment \(no card is charged\)/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.screenshot({ path: test.info().outputPath("review.png"), fullPage: true })
  await page.getByRole("button", { name: "Place order" }).click()

  const orderNumber = await confirmedOrderNumber(page)
  await page.screenshot({ path: test.info().outputPath("confirmation.png"), fullPage: true })
  const madeBy = page.getByRole("region", { name: "Made by" })
  for (const maker of await makerNamesOf(PRODUCT.handle)) await expect(madeBy).toContainText(maker)
  await expect(page.getByText(GIFT_MESSAGE)).toBeVisible()
  expect(await orderMetadata(orderNumber)).toMatchObject({ gift_message: GIFT_MESSAGE })

  // The cart became the order: a new visit starts with an empty one.
  await page.goto("/in/cart")
  await expect(cartCount(page)).toHaveText("0")

  const html = await page.goto(`/in/products/${PRODUCT.handle}`).then((response) => response!.text())
  for (const name of await artisanLegalNames()) expect(html).not.toContain(name)
})

test("the same purchase with the keyboard alone", async ({ page }) => {
  await page.goto(`/in/products/${PRODUCT.handle}`)
  await activate(page, page.getByRole("button", { name: "Add to cart" }))
  await expect(page.getByText("Added to your cart.")).toBeVisible()
  await activate(page, page.getByRole("link", { name: "View cart" }))
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible()

  await activate(page, page.getByRole("button", { name: new RegExp(`^Increase quantity of ${PRODUCT.title}`) }))
  await expect(page.getByTestId("line-quantity")).toHaveText(/2/)
  await activate(page, page.getByRole("link", { name: "Check out" }))

  const shopper = SHOPPERS.in
  await typeInto(page, page.getByLabel("Email"), "keyboard.only@example.com")
  await typeInto(page, page.getByLabel("First name"), shopper.firstName)
  await typeInto(page, page.getByLabel("Last name"), shopper.lastName)
  await typeInto(page, page.getByLabel("Address", { exact: true }), shopper.address)
  await typeInto(page, page.getByLabel("City"), shopper.city)
  await typeInto(page, page.getByLabel("Postal code"), shopper.postalCode)
  await tabTo(page, page.getByLabel("Country"))
  await page.keyboard.type(shopper.country)
  await expect(page.getByLabel("Country")).toHaveValue("in")
  await activate(page, page.getByRole("button", { name: "Continue to delivery" }))

  const delivery = page.getByRole("group", { name: "Delivery option" })
  await chooseRadio(page, delivery, delivery.getByRole("radio", { name: /^Express delivery/ }))
  await activate(page, page.getByRole("button", { name: "Continue to payment" }))

  const payment = page.getByRole("group", { name: "Payment method" })
  await chooseRadio(page, payment, payment.getByRole("radio", { name: /^Demo payment \(no card is charged\)/ }))
  await activate(page, page.getByRole("button", { name: "Continue to review" }))
  await activate(page, page.getByRole("button", { name: "Place order" }))

  await confirmedOrderNumber(page)
  await expect(page.getByRole("region", { name: "Made by" })).toBeVisible()
})

for (const market of ["us", "eu"] as const) {
  test(`a guest buys in the ${market.toUpperCase()} market, in its currency`, async ({ page }) => {
    await addProductToCart(page, market)
    await page.goto(`/${market}/cart`)
    const currency = market === "us" ? "$" : "€"
    await expect(page.getByTestId("total-total")).toContainText(currency)
    await page.getByRole("link", { name: "Check out" }).click()
    await fillAddress(page, SHOPPERS[market])
    await page.getByRole("group", { name: "Delivery option" }).getByRole("radio").first().check()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("radio", { name: /^Demo payment \(no card is charged\)/ }).check()
    await page.getByRole("button", { name: "Continue to review" }).click()
    await page.getByRole("button", { name: "Place order" }).click()
    await confirmedOrderNumber(page)
    await expect(page.getByRole("main")).toContainText(currency)
  })
}
