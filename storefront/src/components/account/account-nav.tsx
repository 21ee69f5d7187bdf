import Link from "next/link"
import { SignOutButton } from "./sign-out-button"

type AccountNavProps = { countryCode: string; current: "overview" | "addresses" }

export function AccountNav({ countryCode, current }: AccountNavProps) {
  const links = [
    { key: "overview", label: "Orders", href: `/${countryCode}/account` },
    { key: "addresses", label: "Addresses", href: `/${countryCode}/account/addresses` },
  ] as const
  return (
    <nav aria-label="Your account" className="flex flex-wrap items-center gap-6 border-b border-thread pb-4">
      {links.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={link.key === current ? "page" : undefined}
          className="text-sm font-medium hover:text-madder aria-[current=page]:text-madder aria-[current=page]:underline aria-[current=page]:underline-offset-8"
        >
          {link.label}
        </Link>
      ))}
      <div className="ml-auto">
        <SignOutButton countryCode={countryCode} />
      </div>
    </nav>
  )
}
