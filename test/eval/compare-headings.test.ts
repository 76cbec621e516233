import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compareHeadings } from '../../scripts/eval/compare-headings.js'
import { foldHeading } from '../../scripts/eval/fold-heading.js'

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200)
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
const settings = { numRuns, ...(seed === undefined ? {} : { seed }) }

describe('foldHeading', () => {
  test('should fold full-width brackets and drop spaces, NBSP, U+3000 and zero-width characters', () => {
    expect(foldHeading('（一）予以公开')).toBe('(一)予以公开')
    expect(foldHeading('一、\u00a0概述 ')).toBe('一、概述')
    expect(foldHeading('\u3000三、本年度办 理结果\u200b')).toBe('三、本年度办理结果')
  })

  test('should keep the enumeration comma and the words', () => {
    expect(foldHeading('四、政府信息公开行政复议、行政诉讼情况')).toBe('四、政府信息公开行政复议、行政诉讼情况')
  })
})

const six = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']

describe('compareHeadings', () => {
  test('should score an identical list as exact with every heading found', () => {
    const result = compareHeadings(six, six)
    expect(result).toMatchObject({ found: 6, exact: true, missing: [] })
  })

  test('should count an extra heading against exactness but not against found', () => {
    // The table row 四、结转下年度继续办理 taken for a heading (Pingtan 2023/2025 flattened text).
    const got = [...six.slice(0, 3), '四、结转下年度继续办理', ...six.slice(3)]
    expect(compareHeadings(six, got)).toMatchObject({ found: 6, exact: false, missing: [] })
  })

  test('should count only headings in the expected order', () => {
    const got = [six[0]!, six[2]!, six[1]!, six[3]!]
    const result = compareHeadings(six, got)
    expect(result.found).toBe(3)
    expect(result.exact).toBe(false)
    expect(result.missing).toHaveLength(3)
    expect(result.missing).toContain(six[4])
    expect(result.missing).toContain(six[5])
  })

  test('should compare after folding, but report the headings as printed', () => {
    const result = compareHeadings(['一、\u00a0概述', '（一）存在问题'], ['一、概述', '(一)存在问题'])
    expect(result).toMatchObject({ found: 2, exact: true, expected: ['一、\u00a0概述', '（一）存在问题'] })
    expect(compareHeadings(['一、概述', '二、其他'], []).missing).toEqual(['一、概述', '二、其他'])
  })

  test('should give 0 of 0 for nothing expected and nothing found', () => {
    expect(compareHeadings([], [])).toMatchObject({ found: 0, exact: true, missing: [] })
    expect(compareHeadings([], ['一、概述'])).toMatchObject({ found: 0, exact: false })
  })

  const headings = fc.array(fc.constantFrom(...six, '七、附表', '（一）主动公开'), { maxLength: 10 })

  test('should always find between 0 and the expected count, with missing making up the rest', () => {
    fc.assert(
      fc.property(headings, headings, (expected, got) => {
        const result = compareHeadings(expected, got)
        expect(result.found).toBeGreaterThanOrEqual(0)
        expect(result.found).toBeLessThanOrEqual(Math.min(expected.length, got.length))
        expect(result.missing.length).toBe(expected.length - result.found)
        expect(result.exact).toBe(expected.length === got.length && result.found === expected.length)
      }),
      settings,
    )
  })

  test('should find every expected heading when the parse only adds headings', () => {
    fc.assert(
      fc.property(headings, fc.array(fc.tuple(fc.nat(10), fc.string({ maxLength: 6 })), { maxLength: 5 }), (expected, extras) => {
        const got = [...expected]
        for (const [at, extra] of extras) got.splice(Math.min(at, got.length), 0, extra)
        expect(compareHeadings(expected, got).found).toBe(expected.length)
      }),
      settings,
    )
  })
})
