import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"

type Service = ArtisanModuleService
type WithId = { id: string }

/** A step that creates records and, on compensation, deletes exactly those. */
function creationStep<TInput, TRecord extends WithId>(
  name: string,
  create: (service: Service, data: TInput[]) => Promise<TRecord[]>,
  remove: (service: Service, ids: string[]) => Promise<void>
) {
  return createStep(
    name,
    async (data: TInput[], { container }) => {
      const service: Service = container.resolve(ARTISAN_MODULE)
      const created = data.length ? await create(service, data) : []
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (ids?.length) await remove(container.resolve(ARTISAN_MODULE), ids)
    }
  )
}

/** A step that updates one record and, on compensation, puts back the fields it changed. */
function updateStep<TUpdate extends WithId, TRecord extends WithId>(
  name: string,
  retrieve: (service: Service, id: string) => Promise<TRecord>,
  update: (service: Service, data: TUpdate) => Promise<TRecord>
) {
  return createStep(
    name,
    async (data: TUpdate, { container }) => {
      const service: Service = container.resolve(ARTISAN_MODULE)
      const original = await retrieve(service, data.id)
      const previous: Record<string, unknown> = Object.fromEntries(
        Object.keys(data).map((key) => [key, original[key as keyof TRecord]])
      )
      return new StepResponse(await update(service, data), previous)
    },
    async (previous, { container }) => {
      if (previous) await update(container.resolve(ARTISAN_MODULE), previous as TUpdate)
    }
  )
}

type Create<K extends keyof Service> = Service[K] extends (data: infer D) => unknown ? (D extends Array<infer E> ? E : D) : never

export const createArtisanGroupsStep = creationStep(
  "create-artisan-groups",
  (s, d: Create<"createArtisanGroups">[]) => s.createArtisanGroups(d),
  (s, ids) => s.deleteArtisanGroups(ids)
)
export const updateArtisanGroupStep = updateStep(
  "update-artisan-group",
  (s, id) => s.retrieveArtisanGroup(id),
  (s, d: Create<"updateArtisanGroups"> & WithId) => s.updateArtisanGroups(d)
)
export const createArtisansStep = creationStep(
  "create-artisans",
  (s, d: Create<"createArtisans">[]) => s.createArtisans(d),
  (s, ids) => s.deleteArtisans(ids)
)
export const updateArtisanStep = updateStep(
  "update-artisan",
  (s, id) => s.retrieveArtisan(id),
  (s, d: Create<"updateArtisans"> & WithId) => s.updateArtisans(d)
)
export const createServiceSegmentsStep = creationStep(
  "create-service-segments",
  (s, d: Create<"createServiceSegments">[]) => s.createServiceSegments(d),
  (s, ids) => s.deleteServiceSegments(ids)
)
export const updateServiceSegmentStep = updateStep(
  "update-service-segment",
  (s, id) => s.retrieveServiceSegment(id),
  (s, d: Create<"updateServiceSegments"> & WithId) => s.updateServiceSegments(d)
)
export const createPublicConsentsStep = creationStep(
  "create-public-consents",
  (s, d: Create<"createPublicConsents">[]) => s.createPublicConsents(d),
  (s, ids) => s.deletePublicConsents(ids)
)
export const updatePublicConsentStep = updateStep(
  "update-public-consent",
  (s, id) => s.retrievePublicConsent(id),
  (s, d: Create<"updatePublicConsents"> & WithId) => s.updatePublicConsents(d)
)
export const createTasksStep = creationStep(
  "create-tasks",
  (s, d: Create<"createTasks">[]) => s.createTasks(d),
  (s, ids) => s.deleteTasks(ids)
)
export const updateTaskStep = updateStep(
  "update-task",
  (s, id) => s.retrieveTask(id),
  (s, d: Create<"updateTasks"> & WithId) => s.updateTasks(d)
)
export const createPieceRatesStep = creationStep(
  "create-piece-rates",
  (s, d: Create<"createPieceRates">[]) => s.createPieceRates(d),
  (s, ids) => s.deletePieceRates(ids)
)
export const createLeaveDaysStep = creationStep(
  "create-leave-days",
  (s, d: Create<"createLeaveDays">[]) => s.createLeaveDays(d),
  (s, ids) => s.deleteLeaveDays(ids)
)
export const updateLeaveDayStep = updateStep(
  "update-leave-day",
  (s, id) => s.retrieveLeaveDay(id),
  (s, d: Create<"updateLeaveDays"> & WithId) => s.updateLeaveDays(d)
)
