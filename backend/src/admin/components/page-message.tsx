import { Container, Text } from "@medusajs/ui"

/** A page's whole content while it loads or when it cannot show what was asked for. */
export const PageMessage = ({ children, error }: { children: string; error?: boolean }) => (
  <Container className="px-6 py-4">
    <Text className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>{children}</Text>
  </Container>
)
