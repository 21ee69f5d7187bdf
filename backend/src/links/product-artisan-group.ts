import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ArtisanModule from "../modules/artisan"

/** Which maker groups made a product, and each group's share of the work in percent. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: ArtisanModule.linkable.artisanGroup, isList: true },
  {
    database: {
      extraColumns: {
        share_percent: { type: "integer", nullable: false, defaultValue: "100" },
      },
    },
  }
)
