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
  const scores = new Map<Generation, number>()
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
        text: match[0],
        position: input.text.compactPosition(match.index, match.index + match[0].length),
      })
    }
    featureScore = Math.min(featureScore, template.signalCap)
    let score = featureScore
    const { from, to } = template.years
    if (input.year !== null && input.year >= from && (to === null || input.year <= to)) {
      score += yearPriorWeight
      evidence.push({ signal: 'year-prior', generation: template.generation, weight: yearPriorWeight, text: String(input.year) })
    }
    scores.set(template.generation, score)
  }

  if (!isReport) return { generation: 'unrecognized', isReport, confidence: 0, evidence }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] <= 0) return { generation: 'unrecognized', isReport, confidence: 0, evidence }
  // A tie goes to the generation the year points to.
  let winner = best[0]
  if (second && second[1] === best[1] && input.year !== null) {
    const prior = templates.find((template) => template.generation === second[0] && input.year !== null && input.year >= template.years.from && (template.years.to === null || input.year <= template.years.to))
    if (prior) winner = prior.generation
  }
  const total = ranked.reduce((sum, [, score]) => sum + score, 0)
  const confidence = Math.min(1, best[1] / (total + 2))
  return { generation: winner, isReport, confidence: Math.round(confidence * 100) / 100, evidence }
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
