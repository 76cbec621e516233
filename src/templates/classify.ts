import type { Classification, Evidence, Generation } from '../model/classification.js'
import type { Section } from '../model/section.js'
import type { DocumentText } from '../read/document-text.js'
import { findSignalMatches } from './find-signal-matches.js'
import { reportCues } from './report-cues.js'
import type { Template } from './template.js'

/** What the classifier looks at. */
export interface ClassifyInput {
  text: DocumentText
  /** The report title found (white space removed), or null. */
  title: string | null
  /** The document's own first line (white space removed): a notice's title when it is one. */
  firstLine: string | null
  sections: readonly Section[]
  year: number | null
}

/** Weight of the year prior (templates.md §1: features first, the year as a prior). */
export const yearPriorWeight = 3
/** Below this confidence the decision is reported as weak. */
export const lowConfidence = 0.5

/**
 * Decides the template generation from features, with the year as a prior. Input that does not look
 * like an annual report (a notice, a half-year bulletin, a random string) is `unrecognized`.
 */
export function classify(input: ClassifyInput, templates: readonly Template[]): Classification {
  const evidence: Evidence[] = []
  const isReport = judgeReport(input, evidence)
  // Each generation's score, in the order the generations first come: a few entries, kept in two
  // arrays and ranked by a walk rather than a Map spread and sorted (a tenth of the classifier's
  // time in the bench's profile).
  const generations: Generation[] = []
  const scores: number[] = []
  const matches = findSignalMatches(input.text.compact, templates)
  let next = 0

  for (const template of templates) {
    let featureScore = 0
    for (const signal of template.signals) {
      const match = matches[next++]
      if (!match) continue
      featureScore += signal.weight
      evidence.push({
        signal: signal.name,
        generation: template.generation,
        weight: signal.weight,
        text: match.text,
        position: input.text.compactPosition(match.index, match.index + match.text.length),
      })
    }
    featureScore = Math.min(featureScore, template.signalCap)
    let score = featureScore
    const { from, to } = template.years
    if (input.year !== null && input.year >= from && (to === null || input.year <= to)) {
      score += yearPriorWeight
      evidence.push({ signal: 'year-prior', generation: template.generation, weight: yearPriorWeight, text: String(input.year) })
    }
    // A generation that comes again (a caller's own template list) keeps its first place and takes
    // the new score, as `Map.set` does.
    const known = generations.indexOf(template.generation)
    if (known >= 0) scores[known] = score
    else {
      generations.push(template.generation)
      scores.push(score)
    }
  }

  if (!isReport) return { generation: 'unrecognized', isReport, confidence: 0, evidence }
  // The first two of a stable sort by score, highest first: the first highest score, then the
  // first highest of the others.
  const [best, second] = firstTwoByScore(scores)
  const bestScore = best < 0 ? 0 : (scores[best] as number)
  if (best < 0 || bestScore <= 0) return { generation: 'unrecognized', isReport, confidence: 0, evidence }
  // A tie goes to the generation the year points to.
  let winner = generations[best] as Generation
  if (second >= 0 && scores[second] === bestScore && input.year !== null) {
    const secondGeneration = generations[second]
    const prior = templates.find((template) => template.generation === secondGeneration && input.year !== null && input.year >= template.years.from && (template.years.to === null || input.year <= template.years.to))
    if (prior) winner = prior.generation
  }
  let total = 0
  for (const score of scores) total += score
  const confidence = Math.min(1, bestScore / (total + 2))
  return { generation: winner, isReport, confidence: Math.round(confidence * 100) / 100, evidence }
}

/**
 * Indices of the first two entries a stable sort of `scores`, highest first, would give (-1 where
 * there are fewer): the first highest score, then the first highest of the others. Two walks of a
 * few entries instead of a copy and a sort.
 */
export function firstTwoByScore(scores: readonly number[]): [number, number] {
  const best = firstHighestBut(scores, -1)
  return [best, best < 0 ? -1 : firstHighestBut(scores, best)]
}

/** Index of the first highest score other than the one at `skip` (-1 for none). */
function firstHighestBut(scores: readonly number[], skip: number): number {
  let found = -1
  for (let i = 0; i < scores.length; i++) {
    if (i !== skip && (found < 0 || (scores[i] as number) > (scores[found] as number))) found = i
  }
  return found
}

/** Whether the input looks like an annual report at all; adds the evidence for the decision. */
function judgeReport(input: ClassifyInput, evidence: Evidence[]): boolean {
  const own = input.firstLine ?? ''
  if (own !== '' && reportCues.notAReportTitleEnd.test(own) && !reportCues.reportTitleEnd.test(own)) {
    evidence.push({ signal: 'title-not-a-report', generation: null, weight: 1, text: own })
    return false
  }
  const title = input.title
  if (title && reportCues.notAnnual.test(title)) {
    evidence.push({ signal: 'title-not-annual', generation: null, weight: 1, text: title })
    return false
  }
  if (title && reportCues.reportTitleEnd.test(title)) {
    evidence.push({ signal: 'title-is-report', generation: null, weight: 1, text: title })
    return true
  }
  const roles = new Set(input.sections.map((section) => section.role).filter((role) => role !== null))
  if (roles.size >= 3) {
    evidence.push({ signal: 'sections-are-report', generation: null, weight: 1, text: [...roles].join(',') })
    return true
  }
  evidence.push({ signal: 'no-report-title', generation: null, weight: 1 })
  return false
}
