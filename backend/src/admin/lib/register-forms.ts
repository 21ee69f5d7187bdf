/**
 * The register forms' checks, in the same words as the API's validators, so a
 * mistake is shown beside its field before anything is sent. The API checks again.
 */

export type Problems<Field extends string> = Partial<Record<Field, string>>

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export type ArtisanForm = {
  group_id: string
  code: string
  legal_name: string
  skill_grade: string
  employment_kind: string
  freedom_date: string
  training_start: string
  /** Only asked when adding someone: her first service period starts here. */
  hire_date: string
  phone: string
  address: string
  emergency_contact: string
}

export function artisanFormProblems(form: ArtisanForm, creating: boolean): Problems<keyof ArtisanForm> {
  const problems: Problems<keyof ArtisanForm> = {}
  if (!form.group_id) problems.group_id = "Choose her group."
  const code = form.code.trim()
  if (code.length < 2) problems.code = "The code needs at least 2 characters."
  else if (!/^[A-Z0-9-]+$/.test(code)) problems.code = "The code may use capital letters, digits and dashes only."
  if (form.legal_name.trim().length < 2) problems.legal_name = "The legal name needs at least 2 characters."
  if (!form.skill_grade) problems.skill_grade = "Choose a skill grade."
  if (!form.employment_kind) problems.employment_kind = "Choose trainee or employee."
  for (const field of ["freedom_date", "training_start"] as const) {
    if (form[field] && !ISO_DAY.test(form[field])) problems[field] = "Write the day as YYYY-MM-DD."
  }
  if (creating && form.employment_kind === "employee" && !form.hire_date) problems.hire_date = "An employee needs a hire date."
  if (creating && form.employment_kind === "trainee" && !form.training_start)
    problems.training_start = "A trainee needs the day her training started."
  if (form.phone.length > 30) problems.phone = "The phone number can be at most 30 characters."
  if (form.address.length > 500) problems.address = "The address can be at most 500 characters."
  return problems
}

export type GroupForm = { name: string; handle: string; city: string; kind: string; story: string }

export function groupFormProblems(form: GroupForm): Problems<keyof GroupForm> {
  const problems: Problems<keyof GroupForm> = {}
  if (form.name.trim().length < 2) problems.name = "The name needs at least 2 characters."
  if (form.handle.length < 2) problems.handle = "The handle needs at least 2 characters."
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.handle))
    problems.handle = "The handle may use lowercase letters, digits and single dashes only."
  if (form.city.trim().length < 2) problems.city = "Enter the city."
  if (!form.kind) problems.kind = "Choose unit, centre or cooperative."
  return problems
}

/** "Kantha Unit, Kolkata!" as "kantha-unit-kolkata": the handle a new group's name suggests. */
export function handleFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
}

export const hasProblems = (problems: Record<string, string | undefined>) => Object.values(problems).some(Boolean)
