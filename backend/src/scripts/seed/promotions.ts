import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { countCreated, SeedContext } from "./context"

/** The code the README offers shoppers trying the demo: ten percent off the whole order. */
export const WELCOME_CODE = "WELCOME10"

export async function seedPromotions(ctx: SeedContext): Promise<void> {
  const service = ctx.container.resolve(Modules.PROMOTION)
  const [existing] = await service.listPromotions({ code: WELCOME_CODE })
  if (existing) return
  await createPromotionsWorkflow(ctx.container).run({
    input: {
      promotionsData: [
        {
          code: WELCOME_CODE,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
        },
      ],
    },
  })
  countCreated(ctx, "promotions")
}
