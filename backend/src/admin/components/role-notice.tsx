import { Container, Heading, Text } from "@medusajs/ui"

type RoleNoticeProps = {
  title: string
  /** Who may use the page, in words: "owners and finance staff". */
  allowed: string
  /** What the page is for, so the reader knows whom to ask. */
  purpose: string
}

/** Shown instead of a page's actions when the signed-in user's role cannot use them. */
export const RoleNotice = ({ title, allowed, purpose }: RoleNoticeProps) => (
  <Container className="px-6 py-4">
    <Heading level="h2">{title}</Heading>
    <Text size="small" className="text-ui-fg-subtle mt-2">
      {purpose} Only {allowed} can use this page. If you need it, ask the owner to add the role to your account in Settings.
    </Text>
  </Container>
)
