import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { SiteFooter } from "@/components/layout/site-footer"
import { SiteHeader } from "@/components/layout/site-header"
import { listTopCategories } from "@/lib/data/categories"
import { marketByCode } from "@/lib/util/markets"

type MarketLayoutProps = {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}

export default async function MarketLayout({ children, params }: MarketLayoutProps) {
  const { countryCode } = await params
  const market = marketByCode(countryCode)
  if (!market) notFound()

  // Without the backend the header and footer still render, just without category links.
  const categories = await listTopCategories()
  const navigation = categories.ok ? categories.data : []

  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader market={market} categories={navigation} />
      <main id="content" className="flex-1">
        {children}
      </main>
      <SiteFooter market={market} categories={navigation} />
    </div>
  )
}
