// Peak heap of one call: the V8 heap in use just before every garbage collection during the call
// (the heap only grows between collections, so those are its local maxima) and at its end, less
// the heap in use before it, after a full collection. Garbage not yet collected counts, as it
// does for the process. The live peak is the largest heap left right after a full collection: what the
// call really held at that moment (a lower bound of its true live peak).
import { GCProfiler, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
/** A full garbage collection, now (the bench sets `--expose-gc` itself). */
export const collectGarbage = runInNewContext('gc') as () => void

const usedHeap = (): number => process.memoryUsage().heapUsed

/**
 * The most live data `task` held at once: the largest heap growth left right after a collection,
 * with every collection during the task made a full one (`--gc-global`), so that live data is read
 * wherever the young generation fills and not only where V8 happens to collect in full. Slower than
 * the task alone; run it apart from any timing.
 */
export function measureLiveHeap(task: () => unknown): number {
  setFlagsFromString('--gc-global')
  try {
    return measurePeakHeap(task).live
  } finally {
    setFlagsFromString('--no-gc-global')
  }
}

/**
 * Bytes the V8 heap grew by at its highest point while `task` ran (0 when it never grew), the
 * largest growth left after a collection during it (`live`), and the bytes still held afterwards by
 * what `task` returned.
 */
export function measurePeakHeap(task: () => unknown): { peak: number; live: number; retained: number } {
  collectGarbage()
  const before = usedHeap()
  const profiler = new GCProfiler()
  profiler.start()
  const result = task()
  const atEnd = usedHeap()
  const profile = profiler.stop()
  let peak = atEnd
  let live = 0
  for (const collection of profile?.statistics ?? []) {
    peak = Math.max(peak, collection.beforeGC.heapStatistics.usedHeapSize)
    // Only a full collection leaves nothing but live objects.
    if (collection.gcType === 'MarkSweepCompact') live = Math.max(live, collection.afterGC.heapStatistics.usedHeapSize)
  }
  collectGarbage()
  const retained = usedHeap() - before
  live = Math.max(live, usedHeap())
  void result
  return { peak: Math.max(0, peak - before), live: Math.max(0, live - before), retained: Math.max(0, retained) }
}
