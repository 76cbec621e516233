import type { SectionDetector } from './sections/section-detector.js'
import { defaultSectionDetectors } from './sections/detectors/index.js'
import type { Template } from './templates/template.js'
import { defaultTemplates } from './templates/index.js'

/** Options of `parseReport`. Every field is optional. */
export interface Options {
  /**
   * Heading detectors, tried in order on each line (first match wins). Default:
   * `defaultSectionDetectors`. Add one with `[myDetector, ...defaultSectionDetectors]`; drop one
   * with `defaultSectionDetectors.filter((detector) => detector.name !== 'bold-heading')`.
   */
  sectionDetectors?: readonly SectionDetector[]
  /** Template generations to classify against. Default: `defaultTemplates`. */
  templates?: readonly Template[]
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  sectionDetectors: readonly SectionDetector[]
  templates: readonly Template[]
}

/**
 * Checks the options and fills in the defaults. Wrong options are a programmer's error and throw a
 * `TypeError` saying which option is wrong; bad input never throws.
 */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  if (options === undefined || options === null) return { sectionDetectors: defaultSectionDetectors, templates: defaultTemplates }
  if (typeof options !== 'object') throw new TypeError(`parseReport: \`options\` must be an object, got ${typeof options}`)
  const sectionDetectors = options.sectionDetectors ?? defaultSectionDetectors
  if (!Array.isArray(sectionDetectors)) throw new TypeError('parseReport: `options.sectionDetectors` must be an array of detectors')
  sectionDetectors.forEach((detector: unknown, index) => {
    const candidate = detector as Partial<SectionDetector> | null
    if (!candidate || typeof candidate.name !== 'string' || typeof candidate.match !== 'function' || typeof candidate.rank !== 'number') {
      throw new TypeError(`parseReport: \`options.sectionDetectors[${index}]\` must be an object with \`name\` (string), \`rank\` (number) and \`match\` (function)`)
    }
  })
  const templates = options.templates ?? defaultTemplates
  if (!Array.isArray(templates)) throw new TypeError('parseReport: `options.templates` must be an array of templates')
  return { sectionDetectors, templates }
}
