import type { HttpTypes } from "@medusajs/types"

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

function countryName(isoCode: string): string {
  return regionNames.of(isoCode.toUpperCase()) ?? isoCode.toUpperCase()
}

/** The maker's description and the facts a buyer checks. */
export function ProductDetails({ product }: { product: HttpTypes.StoreProduct }) {
  const facts = [
    { term: "Material", value: product.material },
    { term: "Made in", value: product.origin_country ? countryName(product.origin_country) : null },
  ].filter((fact): fact is { term: string; value: string } => Boolean(fact.value))

  return (
    <div className="space-y-6 border-t border-thread pt-6">
      {product.description && (
        <div className="space-y-3 leading-relaxed">
          {product.description.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      )}
      {facts.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {facts.map((fact) => (
            <div key={fact.term} className="contents">
              <dt className="text-ink-muted">{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
