import { signOut } from "@/lib/actions/account"

export function SignOutButton({ countryCode }: { countryCode: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="market" value={countryCode} />
      <button type="submit" className="text-sm font-semibold text-madder underline underline-offset-4 hover:text-madder-deep">
        Sign out
      </button>
    </form>
  )
}
