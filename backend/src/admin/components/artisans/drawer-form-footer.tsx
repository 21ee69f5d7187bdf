import { Button, Drawer } from "@medusajs/ui"

/** Cancel and submit at the foot of a drawer form; submit shows progress while the request runs. */
export const DrawerFormFooter = ({ submitLabel, pending }: { submitLabel: string; pending: boolean }) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button size="small" variant="secondary" type="button">Cancel</Button>
    </Drawer.Close>
    <Button size="small" type="submit" isLoading={pending}>{submitLabel}</Button>
  </Drawer.Footer>
)
