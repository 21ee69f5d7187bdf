import type { ReactNode } from "react"
import { whoMay } from "../lib/role-words"
import { type Area, AREA_ROLES, useRoles } from "../lib/roles"
import { PageMessage } from "./page-message"
import { RoleNotice } from "./role-notice"

type RoleGateProps = {
  area: Area
  /** The page's name, shown on the notice. */
  title: string
  /** What the page is for, so whoever is turned away knows whom to ask. */
  purpose: string
  children: ReactNode
}

/**
 * Shows the page to roles that may use its area and a notice to everyone else,
 * before any of the page's data is asked for (the API would refuse it anyway).
 */
export const RoleGate = ({ area, title, purpose, children }: RoleGateProps) => {
  const { can, isLoading } = useRoles()
  if (isLoading) return <PageMessage>Loading…</PageMessage>
  if (!can(area)) return <RoleNotice title={title} allowed={whoMay(AREA_ROLES[area])} purpose={purpose} />
  return <>{children}</>
}
