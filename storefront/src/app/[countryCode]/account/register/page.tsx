import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { SignUpForm } from "@/components/account/sign-up-form"
import { retrieveCustomer } from "@/lib/data/customer"
import { marketByCode } from "@/lib/util/markets"

export const metadata: Metadata = { title: "Create an account", robots: { index: false } }

type RegisterPageProps = { params: Promise<{ countryCode: string }> }

export default async function RegisterPage({ params }: RegisterPageProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()
  const customer = await retrieveCustomer()
  if (customer.ok && customer.data) redirect(`/${market.code}/account`)

  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:px-6">
      <h1 className="font-display text-4xl font-medium tracking-tight">Create an account</h1>
      <p className="mt-3 text-ink-muted">Your orders in one place, and your address filled in at checkout.</p>
      <div className="mt-8">
        <SignUpForm countryCode={market.code} />
      </div>
      <p className="mt-8 text-sm">
        Already have an account?{" "}
        <Link href={`/${market.code}/account/sign-in`} className="font-semibold text-madder underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </div>
  )
}
