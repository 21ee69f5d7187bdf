import { getImageProps, type ImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"

type StaticImageProps = Omit<ImageProps, "priority" | "preload" | "loading"> & {
  /** The page's largest paint: fetch it first, ahead of scripts and other images. */
  preload?: boolean
}

/**
 * next/image's optimised sources as a plain <img>, rendered on the server. The shop's images
 * never change once shown, so the client component (its script and its hydration) buys nothing.
 */
export function StaticImage({ preload = false, ...props }: StaticImageProps) {
  const { props: image } = getImageProps({
    ...props,
    loading: preload ? "eager" : "lazy",
    fetchPriority: preload ? "high" : props.fetchPriority,
  })
  if (preload) {
    preloadResource(image.src, {
      as: "image",
      imageSrcSet: image.srcSet,
      imageSizes: image.sizes,
      fetchPriority: "high",
    })
  }
  // alt comes with the props: next/image's types make every caller pass one.
  return <img {...image} />
}
