import { retrieveCustomer } from "@/lib/data/customer"
import { ADDRESS_FIELD_NAMES } from "@/lib/util/address-form"
import { AddressStep } from "./address-step"
import { countryName } from "./address-block"
import type { StepViewProps } from "./checkout-step-view"

type Saved = { [K in (typeof ADDRESS_FIELD_NAMES)[number]]?: string | null } | null | undefined

function addressValues(address: Saved): Record<string, string | undefined> {
  return Object.fromEntries(ADDRESS_FIELD_NAMES.map((name) => [name, address?.[name] ?? undefined]))
}

/** Step 1, filled in from the cart, or for a signed-in customer from their saved address. */
export async function AddressStepView({ cart, market, region }: StepViewProps) {
  const countries = (region.countries ?? [])
    .flatMap((country) => (country.iso_2 ? [{ code: country.iso_2.toLowerCase(), name: countryName(country.iso_2) }] : []))
    .sort((a, b) => a.name.localeCompare(b.name))
  const codes = new Set(countries.map((country) => country.code))

  let initial: Record<string, string | undefined> = { email: cart.email ?? undefined, ...addressValues(cart.shipping_address) }
  if (!cart.shipping_address?.address_1) {
    const customer = await retrieveCustomer()
    if (customer.ok && customer.data) {
      const saved =
        customer.data.addresses?.find((a) => a.is_default_shipping && codes.has(a.country_code ?? "")) ??
        customer.data.addresses?.find((a) => codes.has(a.country_code ?? ""))
      initial = { ...initial, ...addressValues(saved), email: cart.email ?? customer.data.email }
    }
  }
  return <AddressStep countryCode={market.code} countries={countries} initial={initial} />
}
