import { variantPrice, type PricedVariant } from "./product-price"
import { isVariantAvailable, type SelectableVariant } from "./variant-selection"

type JsonLdVariant = PricedVariant & SelectableVariant & { title?: string | null; sku?: string | null }

export type ProductJsonLdInput = {
  product: {
    title: string
    description?: string | null
    subtitle?: string | null
    thumbnail?: string | null
    images?: ReadonlyArray<{ url: string }> | null
    variants?: readonly JsonLdVariant[] | null
    material?: string | null
  }
  /** The product page's absolute URL. */
  url: string
  /** Maker groups' public names, as the product's makers. */
  makerNames: readonly string[]
}

type JsonLdOffer = {
  "@type": "Offer"
  name?: string
  sku?: string
  price: string
  priceCurrency: string
  availability: string
  itemCondition: string
  url: string
}

/**
 * A schema.org Product for search engines: one Offer per variant sold in the region, at the
 * price the region's shoppers pay (Medusa's calculated price, in the currency's major unit),
 * with whether it can be bought now. Variants with no price in the region are left out.
 */
export function productJsonLd({ product, url, makerNames }: ProductJsonLdInput): Record<string, unknown> {
  const offers: JsonLdOffer[] = []
  for (const variant of product.variants ?? []) {
    const price = variantPrice(variant)
    if (!price) continue
    offers.push({
      "@type": "Offer",
      ...(variant.title ? { name: variant.title } : {}),
      ...(variant.sku ? { sku: variant.sku } : {}),
      price: String(price.amount),
      priceCurrency: price.currencyCode.toUpperCase(),
      availability: isVariantAvailable(variant) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      url,
    })
  }
  const images = (product.images ?? []).map((image) => image.url)
  if (images.length === 0 && product.thumbnail) images.push(product.thumbnail)
  const description = product.description ?? product.subtitle

  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(description ? { description } : {}),
    ...(images.length ? { image: images } : {}),
    ...(product.material ? { material: product.material } : {}),
    url,
    brand: { "@type": "Brand", name: "Mukti Market" },
    ...(makerNames.length
      ? { manufacturer: makerNames.map((name) => ({ "@type": "Organization", name })) }
      : {}),
    ...(offers.length ? { offers } : {}),
  }
}
