import { JEWELRY } from "./jewelry"
import { KANTHA } from "./kantha"
import type { ProductSeed } from "./product"
import { SARIS } from "./saris"

export { CATEGORIES } from "./categories"
export type { CategorySeed } from "./categories"
export type { Prices, ProductSeed } from "./product"

export const PRODUCTS: ProductSeed[] = [...SARIS, ...KANTHA, ...JEWELRY]
