import { StaticImage } from "@/components/common/static-image"
import type { HttpTypes } from "@medusajs/types"

type ProductGalleryProps = {
  title: string
  images: HttpTypes.StoreProductImage[]
}

/** Every view of the piece, the first large: no carousel to fight with on a phone. */
export function ProductGallery({ title, images }: ProductGalleryProps) {
  if (images.length === 0) {
    return <div className="aspect-[4/5] rounded-sm bg-paper" aria-hidden="true" />
  }
  return (
    <ul className="grid grid-cols-2 gap-3">
      {images.map((image, index) => (
        <li key={image.id} className={index === 0 ? "col-span-2" : undefined}>
          <div className="relative aspect-[4/5] overflow-hidden rounded-sm bg-paper">
            <StaticImage
              src={image.url}
              alt={`${title}, view ${index + 1} of ${images.length}`}
              fill
              // The first view is the page's largest paint.
              preload={index === 0}
              sizes={index === 0 ? "(min-width: 1024px) 600px, 100vw" : "(min-width: 1024px) 300px, 50vw"}
              className="object-cover"
            />
          </div>
        </li>
      ))}
    </ul>
  )
}
