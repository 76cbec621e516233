import { Worker } from 'node:worker_threads'
import type { CliSettings } from './cli-settings.js'
import type { InputResult } from './input-result.js'
import type { InputTask } from './input-task.js'
import { loadLibrary } from './load-library.js'
import { inputFailure, processInput } from './process-input.js'

/** Tasks posted to a worker ahead of its answers, so it never waits for the main thread. */
const tasksInFlightPerWorker = 2

/** How a batch runs. */
export interface BatchOptions {
  /** Worker threads to use; 1 processes every input in the main thread. */
  jobs: number
  /** The module a worker thread runs (the bin itself, which serves tasks off the main thread). */
  workerUrl: URL
  /** Called once per input, in input order, whichever thread finished first. */
  onResult: (result: InputResult) => void
}

/**
 * Processes every input of the batch, in the main thread (`jobs` 1, or a single input) or on a
 * pool of worker threads, and hands the results over in input order. A worker that dies turns
 * its unfinished inputs into `crashed` results and is replaced; the batch always completes.
 * Resolves to the number of threads used.
 */
export async function runBatch(tasks: readonly InputTask[], settings: CliSettings, options: BatchOptions): Promise<number> {
  if (options.jobs <= 1 || tasks.length <= 1) {
    const library = await loadLibrary()
    for (const task of tasks) options.onResult(processInput(task, settings, library))
    return 1
  }
  const threads = Math.min(options.jobs, tasks.length)
  await new Promise<void>((resolve) => {
    const finished = new Map<number, InputResult>()
    const inFlight = new Map<Worker, Set<number>>()
    let nextToSend = 0
    let nextToEmit = 0

    const emitInOrder = () => {
      for (let result = finished.get(nextToEmit); result !== undefined; result = finished.get(nextToEmit)) {
        finished.delete(nextToEmit)
        nextToEmit += 1
        options.onResult(result)
      }
      if (nextToEmit === tasks.length) {
        for (const worker of inFlight.keys()) void worker.terminate()
        inFlight.clear()
        resolve()
      }
    }
    const feed = (worker: Worker) => {
      const mine = inFlight.get(worker)
      while (mine && mine.size < tasksInFlightPerWorker && nextToSend < tasks.length) {
        const task = tasks[nextToSend++] as InputTask
        mine.add(task.index)
        worker.postMessage(task)
      }
    }
    const crash = (worker: Worker, reason: string) => {
      const lost = inFlight.get(worker)
      if (lost === undefined) return
      inFlight.delete(worker)
      for (const index of lost) {
        const message = `A worker thread died, which is a bug: ${reason}`
        finished.set(index, inputFailure(tasks[index] as InputTask, settings, { code: 'crashed', message }))
      }
      if (nextToSend < tasks.length) start()
      emitInOrder()
    }
    const start = () => {
      const worker = new Worker(options.workerUrl, { workerData: settings })
      inFlight.set(worker, new Set())
      worker.on('message', (result: InputResult) => {
        inFlight.get(worker)?.delete(result.index)
        finished.set(result.index, result)
        feed(worker)
        emitInOrder()
      })
      worker.on('error', (error) => crash(worker, error.message))
      worker.on('exit', (code) => crash(worker, `exit code ${code}`))
      feed(worker)
    }
    for (let thread = 0; thread < threads; thread += 1) start()
  })
  return threads
}
