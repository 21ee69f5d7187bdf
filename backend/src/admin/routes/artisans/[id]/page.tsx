import { ArrowLeft } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ArtisanDetails } from "../../../components/artisans/artisan-details"
import { ConsentsSection } from "../../../components/artisans/consents-section"
import { OutputHistory } from "../../../components/artisans/output-history"
import { TenureSection } from "../../../components/artisans/tenure-section"
import { LeaveSection } from "../../../components/leave/leave-section"
import { RoleNotice } from "../../../components/role-notice"
import { useArtisan } from "../../../lib/artisans"
import { useRoles } from "../../../lib/roles"
import { messageOf } from "../../../lib/sdk"

const ArtisanPage = () => {
  const { id = "" } = useParams()
  const { can, isLoading: rolesLoading } = useRoles()
  const { data, isLoading, error } = useArtisan(id)

  if (rolesLoading || isLoading) return <Container className="px-6 py-4"><Text className="text-ui-fg-subtle">Loading…</Text></Container>
  if (!can("artisans")) {
    return <RoleNotice title="Artisan" allowed="owners, production and finance staff" purpose="The artisan register lists the women who work with us." />
  }
  if (error || !data) {
    return <Container className="px-6 py-4"><Text className="text-ui-fg-error">{messageOf(error)}</Text></Container>
  }
  const { artisan } = data
  const canEdit = can("output")
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/artisans" className="text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-x-1 text-sm">
        <ArrowLeft /> All artisans
      </Link>
      <ArtisanDetails artisan={artisan} canEdit={canEdit} />
      <TenureSection segments={artisan.segments} tenure={artisan.tenure} />
      <ConsentsSection artisanId={artisan.id} artisanCode={artisan.code} consents={artisan.consents ?? []} canEdit={canEdit} />
      <LeaveSection artisanId={artisan.id} artisanCode={artisan.code} />
      <OutputHistory artisanId={artisan.id} canCorrect={canEdit} />
    </div>
  )
}

export default ArtisanPage
