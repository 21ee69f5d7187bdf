import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { AccountNav } from "@/components/account/account-nav"
import { AddAddressForm } from "@/components/account/add-address-form"
import { AddressBook } from "@/components/account/address-book"
import { countryName } from "@/components/checkout/address-block"
import { BackendUnavailable } from "@/components/common/backend-unavailable"
import { retrieveCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Your addresses", robots: { index: false } }

type AddressesPageProps = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ saved?: string }> }

export default async function AddressesPage({ params, searchParams }: AddressesPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const page = "mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:px-8"

  const customer = await retrieveCustomer()
  if (customer.ok && !customer.data) redirect(`/${market.code}/account/sign-in?next=/${market.code}/account/addresses`)
  const regions = await listRegions()
  if (!customer.ok || !customer.data || !regions.ok) {
    return (
      <div className={page}>
        <BackendUnavailable retryHref={`/${market.code}/account/addresses`} />
      </div>
    )
  }
  // Any country the shop delivers to, whichever market the customer is browsing.
  const countries = regions.data
    .flatMap((region) => region.countries ?? [])
    .flatMap((country) => (country.iso_2 ? [{ code: country.iso_2.toLowerCase(), name: countryName(country.iso_2) }] : []))
    .sort((a, b) => a.name.localeCompare(b.name))
  const saved = (await searchParams).saved === "1"

  return (
    <div className={`${page} space-y-8`}>
      <h1 className="font-display text-4xl font-medium tracking-tight">Your addresses</h1>
      <AccountNav countryCode={market.code} current="addresses" />
      <p role="status" className="text-sm text-leaf empty:hidden">
        {saved ? "Address saved." : ""}
      </p>
      <AddressBook addresses={customer.data.addresses ?? []} countryCode={market.code} />
      <AddAddressForm countryCode={market.code} countries={countries} defaultCountry={market.countries[0]} />
    </div>
  )
}
