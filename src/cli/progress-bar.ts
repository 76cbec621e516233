/** Draws at most this often, so a fast batch does not spend its time on the terminal. */
const redrawInterval = 100

/**
 * One line of the progress bar, e.g. `[########------------]  40% 400/1000 1.2s`. `width` is the
 * length of the bar between the brackets.
 */
export function renderProgressBar(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total === 0 ? 1 : Math.min(1, done / total)
  const filled = Math.round(share * width)
  const percent = `${Math.floor(share * 100)}%`.padStart(4)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} ${done}/${total} ${(elapsedMs / 1000).toFixed(1)}s`
}

/** A progress bar drawn in place on a terminal stream. */
export interface ProgressBar {
  /** Redraws with `done` inputs finished (throttled; the last one is always drawn). */
  update(done: number): void
  /** Erases the bar so the closing summary starts on a clean line. */
  clear(): void
}

/**
 * Draws the batch's progress on `stream` (standard error), or does nothing when `enabled` is
 * false: the CLI enables it only for a terminal and more than one input.
 */
export function createProgressBar(stream: NodeJS.WritableStream, total: number, enabled: boolean): ProgressBar {
  const started = performance.now()
  let lastDraw = -Infinity
  let drawn = false
  return {
    update(done) {
      const now = performance.now()
      if (!enabled || (now - lastDraw < redrawInterval && done < total)) return
      lastDraw = now
      drawn = true
      stream.write(`\r${renderProgressBar(done, total, now - started)}`)
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K')
    },
  }
}
