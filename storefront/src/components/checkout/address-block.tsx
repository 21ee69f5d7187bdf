const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

export function countryName(code: string | null | undefined): string {
  return code ? (regionNames.of(code.toUpperCase()) ?? code.toUpperCase()) : ""
}

type AddressLike = {
  [K in "first_name" | "last_name" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "country_code" | "phone"]?:
    | string
    | null
}

/** A postal address laid out as it is written on a parcel. */
export function AddressBlock({ address }: { address: AddressLike }) {
  const lines = [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.address_1,
    address.address_2,
    [address.city, address.province, address.postal_code].filter(Boolean).join(", "),
    countryName(address.country_code),
    address.phone,
  ].filter(Boolean)
  return (
    <address className="not-italic leading-relaxed">
      {lines.map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  )
}
