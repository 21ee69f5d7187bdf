import { defineRouteConfig } from "@medusajs/admin-sdk"
import { GridLayout } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { CsvImport } from "../../components/output/csv-import"
import { DailySheet } from "../../components/output/daily-sheet"
import { RecordsBrowser } from "../../components/output/records-browser"
import { RoleNotice } from "../../components/role-notice"
import { useRoles } from "../../lib/roles"

const OutputPage = () => {
  const { can, isLoading } = useRoles()
  if (isLoading) return <Container className="px-6 py-4"><Text className="text-ui-fg-subtle">Loading…</Text></Container>
  if (!can("output")) {
    return <RoleNotice title="Daily output" allowed="owners and production staff" purpose="Daily output records the pieces each artisan made." />
  }
  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Daily output</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Enter a day's sheet, import one from a spreadsheet, or correct what was recorded.
        </Text>
      </div>
      <Tabs defaultValue="sheet">
        <Tabs.List className="px-6">
          <Tabs.Trigger value="sheet">Daily sheet</Tabs.Trigger>
          <Tabs.Trigger value="import">Import CSV</Tabs.Trigger>
          <Tabs.Trigger value="records">Records</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="sheet" className="border-t mt-2">
          <DailySheet />
        </Tabs.Content>
        <Tabs.Content value="import" className="border-t mt-2">
          <CsvImport />
        </Tabs.Content>
        <Tabs.Content value="records" className="border-t mt-2">
          <RecordsBrowser canCorrect />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Daily output",
  icon: GridLayout,
})

export default OutputPage
