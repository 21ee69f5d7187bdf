import type { RuleSet as Rules } from "@mukti/wages"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type { Rules }

/** A stored version of the wage rules; versions are never edited, a change is a new version. */
export type RuleSetVersion = {
  id: string
  version: number
  name: string
  effective_from: string
  source_note: string
  rules: Rules
  created_by: string | null
  created_at: string
}

export type NewRuleSetVersion = { name: string; effective_from: string; source_note: string; rules: unknown }

const keys = {
  all: ["mukti", "rule-sets"] as const,
  list: (page: { limit: number; offset: number }) => [...keys.all, "list", page] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
}

export function useRuleSets(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: () =>
      sdk.client.fetch<{ rule_sets: RuleSetVersion[]; count: number; offset: number; limit: number }>("/admin/rule-sets", { query: page }),
    placeholderData: keepPreviousData,
  })
}

export function useRuleSet(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ rule_set: RuleSetVersion }>(`/admin/rule-sets/${id}`),
  })
}

/** Adds a version; the API validates the rules and answers 400 with the first problems it finds. */
export function useCreateRuleSet() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewRuleSetVersion) => sdk.client.fetch<{ rule_set: RuleSetVersion }>("/admin/rule-sets", { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}
