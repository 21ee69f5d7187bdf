// The child processes the scripts start run detached, each in its own process
// group, so signalling the group also reaches whatever the child started.

function signalGroups(children, signal) {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
}

/**
 * SIGTERM every child's process group, wait up to 8 s for them to leave `children`
 * (each script deletes a child from the set when it exits), then SIGKILL the rest.
 */
export async function stopChildren(children) {
  signalGroups(children, "SIGTERM")
  const deadline = Date.now() + 8000
  while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  signalGroups(children, "SIGKILL")
}
