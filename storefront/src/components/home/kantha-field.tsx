/**
 * The hero's field of offset stitched rows. It is inline SVG, not a CSS background image, because
 * Chromium renders an SVG image as a separate document during the first paint, and with that the
 * first frame was held back more often (docs/decisions/010-first-frame.md).
 */
export function KanthaField() {
  return (
    <svg aria-hidden="true" focusable="false" className="pointer-events-none absolute inset-0 size-full">
      <defs>
        <pattern id="kantha-stitches" width="44" height="36" patternUnits="userSpaceOnUse">
          <path d="M0 9h14M22 9h14" className="stroke-marigold-light" strokeOpacity=".3" strokeWidth="2" />
          <path d="M11 27h14M33 27h11" className="stroke-cloth" strokeOpacity=".12" strokeWidth="2" />
        </pattern>
      </defs>
      <rect width="100%" height="100%" fill="url(#kantha-stitches)" />
    </svg>
  )
}
