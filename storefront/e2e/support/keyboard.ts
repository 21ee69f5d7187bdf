import { expect, type Locator, type Page } from "@playwright/test"

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false)
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await expect(target).toBeVisible()
  for (let press = 0; press < maxPresses; press += 1) {
    if (await isFocused(target)) return
    await page.keyboard.press("Tab")
  }
  throw new Error(`Tab never reached ${target}`)
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field)
  await page.keyboard.press("ControlOrMeta+a")
  await page.keyboard.type(text)
}

/**
 * Tabs into a radio group and moves with the arrow keys until `choice` is checked. It looks again
 * after every key, because a page may move focus (to a step's heading) once it has hydrated.
 */
export async function chooseRadio(page: Page, group: Locator, choice: Locator): Promise<void> {
  const radios = group.getByRole("radio")
  for (let press = 0; press < 100; press += 1) {
    if (await isFocused(choice)) {
      await page.keyboard.press("Space")
      await expect(choice).toBeChecked()
      return
    }
    const inGroup = await radios.evaluateAll((all) => all.includes(document.activeElement as HTMLInputElement))
    await page.keyboard.press(inGroup ? "ArrowDown" : "Tab")
  }
  throw new Error(`The keyboard never reached ${choice}`)
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press("Enter")
}
