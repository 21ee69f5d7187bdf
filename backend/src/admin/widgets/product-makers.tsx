import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { MakersEditor } from "../components/product-makers/makers-editor"
import { MakersTable } from "../components/product-makers/makers-table"
import { useMakerGroups, useProductMakers } from "../lib/attribution"
import { useRoles } from "../lib/roles"
import { messageOf } from "../lib/sdk"

/** On a product's page: which artisan groups made it, and each group's share of the work. */
const ProductMakersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { can, isLoading: rolesLoading } = useRoles()
  const makers = useProductMakers(product.id)
  const groups = useMakerGroups()
  const [editing, setEditing] = useState(false)
  // Attribution is kept by the register keepers (owner and production), the same people as output.
  const canEdit = can("output")

  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="product-makers-heading">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="product-makers-heading">Made by</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The artisan groups who make this product and their share of the work; the shop names them on the product page.
          </Text>
        </div>
        {canEdit && !editing && !rolesLoading && makers.data && (
          <Button size="small" variant="secondary" className="shrink-0" onClick={() => setEditing(true)} disabled={!groups.data}>
            Edit makers
          </Button>
        )}
      </div>
      {makers.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">{messageOf(makers.error)}</Text>
      ) : !makers.data ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">Loading…</Text>
      ) : editing && groups.data ? (
        <MakersEditor
          productId={product.id}
          makers={makers.data.makers}
          groups={groups.data.artisan_groups}
          onDone={() => setEditing(false)}
        />
      ) : (
        <MakersTable makers={makers.data.makers} />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductMakersWidget
