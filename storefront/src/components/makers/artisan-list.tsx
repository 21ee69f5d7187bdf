import type { ConsentedArtisan } from "@/lib/data/makers"
import { ArtisanPortrait } from "./artisan-portrait"

/** The artisans who chose to be known here, each in her own words and by the name she chose. */
export function ArtisanList({ artisans }: { artisans: ConsentedArtisan[] }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2">
      {artisans.map((artisan, index) => (
        <li key={`${index}-${artisan.display_name}`} className="flex gap-5 rounded-md border border-thread p-5">
          <ArtisanPortrait artisan={artisan} />
          <div>
            <h3 className="font-display text-xl font-medium">{artisan.display_name}</h3>
            {artisan.story && (
              <blockquote className="mt-2 leading-relaxed text-ink-muted">
                <p>“{artisan.story}”</p>
              </blockquote>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
