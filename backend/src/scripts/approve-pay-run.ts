import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvePayRunWorkflow } from "../workflows/pay-runs/approve-pay-run"

/**
 * Approves a pay run from the command line, for operators working without the
 * admin: `medusa exec ./src/scripts/approve-pay-run.ts <pay run id> <inputs hash> <user id>`.
 */
export default async function approvePayRun({ container, args }: ExecArgs): Promise<void> {
  const [id, inputsHash, userId] = args
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!id || !inputsHash || !userId) throw new Error("usage: approve-pay-run.ts <pay run id> <inputs hash> <user id>")
  const { result } = await approvePayRunWorkflow(container).run({ input: { id, inputs_hash: inputsHash, approved_by: userId } })
  logger.info(`Pay run ${result.id} is ${result.status}.`)
}
