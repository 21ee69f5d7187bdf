import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { SignInForm } from "@/components/account/sign-in-form"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeReturnPath } from "@/lib/util/account-form"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Sign in", robots: { index: false } }

type SignInPageProps = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ next?: string }>
}

export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const home = `/${market.code}/account`
  const next = safeReturnPath((await searchParams).next, home)
  const customer = await retrieveCustomer()
  if (customer.ok && customer.data) redirect(next)

  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="font-display text-4xl font-medium tracking-tight">Sign in</h1>
      <p className="mt-3 text-ink-muted">See your orders and keep your addresses for next time.</p>
      <div className="mt-8">
        <SignInForm countryCode={market.code} next={next === home ? undefined : next} />
      </div>
      <p className="mt-8 text-sm">
        New here?{" "}
        <Link href={`/${market.code}/account/register`} className="font-semibold text-madder underline underline-offset-4">
          Create an account
        </Link>
      </p>
    </div>
  )
}
