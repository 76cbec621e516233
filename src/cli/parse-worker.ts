import { parentPort, workerData } from 'node:worker_threads'
import type { CliSettings } from './cli-settings.js'
import type { InputTask } from './input-task.js'
import { loadLibrary } from './load-library.js'
import { processInput } from './process-input.js'

/**
 * The body of a `--jobs` worker thread: loads the library, then processes each {@link InputTask}
 * the main thread posts and posts back its result. The settings arrive once, as `workerData`;
 * tasks posted while the library loads wait in the port's queue.
 */
export async function serveWorker(): Promise<void> {
  const port = parentPort
  if (port === null) throw new TypeError('serveWorker: must run inside a worker thread')
  const settings = workerData as CliSettings
  const library = await loadLibrary()
  port.on('message', (task: InputTask) => {
    const result = processInput(task, settings, library)
    const output = Buffer.from(result.output)
    // Transfer the bytes instead of cloning a long string; Buffer.from may share a pooled
    // ArrayBuffer for short outputs, which must be copied rather than detached.
    const own = output.byteOffset === 0 && output.byteLength === output.buffer.byteLength
    const bytes = own ? output : new Uint8Array(output)
    port.postMessage({ ...result, output: bytes }, [bytes.buffer as ArrayBuffer])
  })
}
