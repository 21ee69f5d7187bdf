import { ArrowLeft } from "@medusajs/icons"
import { Link } from "react-router-dom"

/** The way back from a detail page to its list. */
export const BackLink = ({ to, children }: { to: string; children: string }) => (
  <Link to={to} className="text-ui-fg-subtle hover:text-ui-fg-base inline-flex items-center gap-x-1 text-sm">
    <ArrowLeft /> {children}
  </Link>
)
