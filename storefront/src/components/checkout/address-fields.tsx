import type { FieldErrors } from "@/lib/util/address-form"
import { inputClass, TextField } from "./text-field"

export type CountryChoice = { code: string; name: string }

type AddressFieldsProps = {
  values: Record<string, string | undefined>
  errors?: FieldErrors
  countries: CountryChoice[]
}

/** The labelled fields of a postal address; the country list is the region's. */
export function AddressFields({ values, errors = {}, countries }: AddressFieldsProps) {
  const value = (name: string) => values[name] ?? ""
  const country = value("country_code") || (countries.length === 1 ? countries[0].code : "")
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="first_name" label="First name" autoComplete="given-name" defaultValue={value("first_name")} error={errors.first_name} />
      <TextField name="last_name" label="Last name" autoComplete="family-name" defaultValue={value("last_name")} error={errors.last_name} />
      <TextField name="address_1" label="Address" autoComplete="address-line1" defaultValue={value("address_1")} error={errors.address_1} className="sm:col-span-2" />
      <TextField
        name="address_2"
        label="Apartment, suite, etc."
        optional
        autoComplete="address-line2"
        defaultValue={value("address_2")}
        error={errors.address_2}
        className="sm:col-span-2"
      />
      <TextField name="city" label="City" autoComplete="address-level2" defaultValue={value("city")} error={errors.city} />
      <TextField
        name="province"
        label="State or province"
        optional
        autoComplete="address-level1"
        defaultValue={value("province")}
        error={errors.province}
      />
      <TextField name="postal_code" label="Postal code" autoComplete="postal-code" defaultValue={value("postal_code")} error={errors.postal_code} />
      <div>
        <label htmlFor="field-country_code" className="block text-sm font-medium">
          Country
        </label>
        <select
          id="field-country_code"
          name="country_code"
          required
          autoComplete="country"
          defaultValue={country}
          aria-invalid={errors.country_code ? true : undefined}
          aria-describedby={errors.country_code ? "field-country_code-error" : undefined}
          className={inputClass}
        >
          {countries.length > 1 && <option value="">Choose a country</option>}
          {countries.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.name}
            </option>
          ))}
        </select>
        {errors.country_code && (
          <p id="field-country_code-error" className="mt-1 text-sm text-madder">
            {errors.country_code}
          </p>
        )}
      </div>
      <TextField
        name="phone"
        label="Phone"
        optional
        type="tel"
        autoComplete="tel"
        hint="Only for the courier, if they cannot find you."
        defaultValue={value("phone")}
        error={errors.phone}
        className="sm:col-span-2"
      />
    </div>
  )
}
