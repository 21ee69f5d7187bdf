import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ServiceSummary } from "@mukti/wages"
import { sdk } from "./sdk"

export const SKILL_GRADES = ["unskilled", "semi_skilled", "skilled", "highly_skilled"] as const
export const EMPLOYMENT_KINDS = ["trainee", "employee"] as const
export const GROUP_KINDS = ["unit", "centre", "cooperative"] as const
export const EXIT_REASONS = ["resignation", "retirement", "termination", "death", "disablement", "other"] as const

export type SkillGrade = (typeof SKILL_GRADES)[number]
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number]
export type GroupKind = (typeof GROUP_KINDS)[number]

export type ArtisanGroup = {
  id: string
  name: string
  handle: string
  city: string
  kind: GroupKind
  story: string | null
  founded_on: string | null
  is_public: boolean
}

export type ServiceSegment = {
  id: string
  hire_date: string
  exit_date: string | null
  exit_reason: string | null
  earlier_service_counts: boolean
}

export type Consent = {
  id: string
  display_name: string
  photo_allowed: boolean
  photo_url: string | null
  story: string | null
  signed_on: string
  expires_on: string
  withdrawn_on: string | null
}

export type PersonalDetails = {
  phone?: string
  address?: string
  date_of_birth?: string
  emergency_contact?: string
  bank_account?: string
}

export type Artisan = {
  id: string
  code: string
  group_id: string
  group?: ArtisanGroup | null
  /** Only present for owner and production: the API leaves private fields out for everyone else. */
  legal_name?: string
  personal_details?: PersonalDetails | null
  skill_grade: SkillGrade
  employment_kind: EmploymentKind
  epf_enrolled: boolean
  esi_enrolled: boolean
  freedom_date: string | null
  training_start: string | null
  segments: ServiceSegment[]
  consents?: Consent[]
}

/** The tenure the API computes with the wage engine's serviceSummary. */
export type Tenure = ServiceSummary

export type ArtisanFilters = {
  q?: string
  group_id?: string
  skill_grade?: SkillGrade
  employment_kind?: EmploymentKind
  active?: boolean
}

export type ArtisanInput = Pick<
  Artisan,
  "group_id" | "code" | "skill_grade" | "employment_kind" | "epf_enrolled" | "esi_enrolled" | "freedom_date" | "training_start"
> & {
  legal_name: string
  personal_details?: PersonalDetails | null
  segments?: Array<{ hire_date: string }>
}

export type GroupInput = { name: string; handle: string; city: string; kind: GroupKind; story?: string | null; is_public: boolean }

export type ConsentInput = {
  display_name: string
  photo_allowed: boolean
  story?: string | null
  signed_on: string
  expires_on: string
}

const keys = {
  groups: ["mukti", "artisan-groups"] as const,
  list: (filters: ArtisanFilters, page: number) => ["mukti", "artisans", "list", filters, page] as const,
  all: ["mukti", "artisans"] as const,
  one: (id: string) => ["mukti", "artisans", "one", id] as const,
}

/** The list query as the API reads it: filters left out when empty, booleans as text. */
export function artisanListQuery(filters: ArtisanFilters, page: number, pageSize: number): Record<string, string | number> {
  const query: Record<string, string | number> = { limit: pageSize, offset: page * pageSize }
  if (filters.q?.trim()) query.q = filters.q.trim()
  if (filters.group_id) query.group_id = filters.group_id
  if (filters.skill_grade) query.skill_grade = filters.skill_grade
  if (filters.employment_kind) query.employment_kind = filters.employment_kind
  if (filters.active !== undefined) query.active = String(filters.active)
  return query
}

export function useArtisanGroups() {
  return useQuery({
    queryKey: keys.groups,
    queryFn: () =>
      sdk.client.fetch<{ artisan_groups: ArtisanGroup[]; count: number }>("/admin/artisan-groups", { query: { limit: 500 } }),
    staleTime: 60_000,
  })
}

export function useArtisans(filters: ArtisanFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: keys.list(filters, page),
    queryFn: () =>
      sdk.client.fetch<{ artisans: Artisan[]; count: number }>("/admin/artisans", {
        query: artisanListQuery(filters, page, pageSize),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useArtisan(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => sdk.client.fetch<{ artisan: Artisan & { tenure: Tenure } }>(`/admin/artisans/${id}`),
  })
}

function useRegisterMutation<Input, Output>(run: (input: Input) => Promise<Output>, refresh: readonly unknown[][]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => refresh.forEach((queryKey) => queryClient.invalidateQueries({ queryKey })),
  })
}

export function useCreateArtisan() {
  return useRegisterMutation(
    (body: ArtisanInput) => sdk.client.fetch<{ artisan: Artisan }>("/admin/artisans", { method: "POST", body }),
    [[...keys.all]]
  )
}

export function useUpdateArtisan(id: string) {
  return useRegisterMutation(
    (body: Partial<ArtisanInput>) =>
      sdk.client.fetch<{ artisan: Artisan }>(`/admin/artisans/${id}`, { method: "POST", body }),
    [[...keys.all]]
  )
}

export function useCreateGroup() {
  return useRegisterMutation(
    (body: GroupInput) =>
      sdk.client.fetch<{ artisan_group: ArtisanGroup }>("/admin/artisan-groups", { method: "POST", body }),
    [[...keys.groups]]
  )
}

export function useUpdateGroup(id: string) {
  return useRegisterMutation(
    (body: Partial<GroupInput>) =>
      sdk.client.fetch<{ artisan_group: ArtisanGroup }>(`/admin/artisan-groups/${id}`, { method: "POST", body }),
    [[...keys.groups], [...keys.all]]
  )
}

export function useRecordConsent(artisanId: string) {
  return useRegisterMutation(
    (body: ConsentInput) =>
      sdk.client.fetch<{ consent: Consent }>(`/admin/artisans/${artisanId}/consents`, { method: "POST", body }),
    [[...keys.one(artisanId)]]
  )
}

export function useWithdrawConsent(artisanId: string) {
  return useRegisterMutation(
    (consentId: string) =>
      sdk.client.fetch<{ consent: Consent }>(`/admin/artisans/${artisanId}/consents/${consentId}/withdraw`, { method: "POST" }),
    [[...keys.one(artisanId)]]
  )
}
