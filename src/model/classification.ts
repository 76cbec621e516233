import type { Position } from './position.js'

/** The template generation: the year the template took effect (templates.md §0). */
export type Generation = '2008' | '2014' | '2019' | '2021'

/** One signal that spoke for or against a generation. */
export interface Evidence {
  /** Stable signal name, e.g. `g3.table2-columns`, `year-prior`, `title-not-a-report`. */
  signal: string
  /** The generation the signal points to, or null for signals about being a report at all. */
  generation: Generation | null
  weight: number
  /** The text that matched. */
  text?: string
  position?: Position
}

/** How the generation was decided. */
export interface Classification {
  generation: Generation | 'unrecognized'
  /** Whether the input looks like an annual report at all. */
  isReport: boolean
  /** 0 to 1: share of the evidence weight that supports the decision. */
  confidence: number
  evidence: Evidence[]
}
