import { StaticImage } from "@/components/common/static-image"
import type { ConsentedArtisan } from "@/lib/data/makers"

/** Her photo when she agreed to show one; otherwise the first letter of the name she chose. */
export function ArtisanPortrait({ artisan }: { artisan: ConsentedArtisan }) {
  if (artisan.photo_url) {
    return (
      <StaticImage
        src={artisan.photo_url}
        alt=""
        width={80}
        height={80}
        // Consented photos may live on any host the backend stores files on.
        unoptimized
        className="size-20 shrink-0 rounded-full object-cover"
      />
    )
  }
  return (
    <span
      aria-hidden="true"
      className="flex size-20 shrink-0 items-center justify-center rounded-full bg-indigo font-display text-3xl text-marigold-light"
    >
      {artisan.display_name.charAt(0)}
    </span>
  )
}
