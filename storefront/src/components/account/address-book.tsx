"use client"

import { useActionState } from "react"
import { IDLE } from "@/lib/actions/action-state"
import { removeAddress } from "@/lib/actions/account"
import { AddressBlock } from "@/components/checkout/address-block"
import type { HttpTypes } from "@medusajs/types"

type AddressBookProps = { addresses: HttpTypes.StoreCustomerAddress[]; countryCode: string }

/** The customer's saved addresses, each with a way to remove it. */
export function AddressBook({ addresses, countryCode }: AddressBookProps) {
  const [state, remove, removing] = useActionState(removeAddress, IDLE)
  if (addresses.length === 0) return <p className="text-ink-muted">You have no saved addresses yet.</p>
  return (
    <div className="space-y-3">
      <ul className="grid gap-4 sm:grid-cols-2">
        {addresses.map((address, index) => (
          <li key={address.id} className="flex flex-col justify-between gap-4 rounded-md border border-thread p-4 text-sm">
            <AddressBlock address={address} />
            <form action={remove}>
              <input type="hidden" name="market" value={countryCode} />
              <input type="hidden" name="address_id" value={address.id} />
              <button
                type="submit"
                disabled={removing}
                aria-label={`Remove address ${index + 1}: ${address.address_1 ?? ""}, ${address.city ?? ""}`}
                className="text-sm text-madder underline underline-offset-2 hover:text-madder-deep"
              >
                Remove address
              </button>
            </form>
          </li>
        ))}
      </ul>
      {state.status === "error" && <p role="alert" className="text-sm text-madder">{state.message}</p>}
    </div>
  )
}
