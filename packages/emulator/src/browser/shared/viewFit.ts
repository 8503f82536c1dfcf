/** A width and height in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/** Where the scaled replay sits inside its container. */
export interface ViewFit {
  scale: number
  offsetX: number
  offsetY: number
}

/**
 * Scales the customer's viewport to fit the container, keeping its aspect ratio, centred on the spare axis. Until the
 * customer's size is known (no Meta event yet) or while the container is not laid out, the replay stays unscaled.
 *
 * @example
 * fitViewport({ width: 800, height: 600 }, { width: 1600, height: 900 }) // { scale: 0.5, offsetX: 0, offsetY: 75 }
 */
export function fitViewport(container: Size, viewport: Size): ViewFit {
  if (viewport.width <= 0 || viewport.height <= 0 || container.width <= 0 || container.height <= 0) {
    return { scale: 1, offsetX: 0, offsetY: 0 }
  }
  const scale = Math.min(container.width / viewport.width, container.height / viewport.height)
  return {
    scale,
    offsetX: (container.width - viewport.width * scale) / 2,
    offsetY: (container.height - viewport.height * scale) / 2,
  }
}
