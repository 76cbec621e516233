import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { evaluateFolder } from '../../scripts/eval/evaluate-folder.js'
import { findCorpusFolders } from '../../scripts/eval/find-corpus-folders.js'
import { formatSummary } from '../../scripts/eval/format-summary.js'
import { loadManifest } from '../../scripts/eval/load-manifest.js'
import { totalScores } from '../../scripts/eval/total-scores.js'

const root = mkdtempSync(join(tmpdir(), 'zfxxgk-eval-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// A made-up corpus: one folder with a report and a manifest entry whose file is absent, one folder without a manifest.
const corpus = join(root, 'corpus')
const good = join(corpus, 'made-up')
mkdirSync(good, { recursive: true })
mkdirSync(join(corpus, 'no-manifest'))
writeFileSync(
  join(good, 'qingshi-2022.txt'),
  ['青石县2022年政府信息公开工作年度报告', '一、总体情况', '本年度共收到申请3件。', '二、主动公开政府信息情况', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'].join('\n'),
)
writeFileSync(
  join(good, 'manifest.json'),
  JSON.stringify([
    { id: 'qingshi', file: 'qingshi-2022.txt', generation: 'G4', expected: { is_report: true, generation: 'G4', organ: '青石县', year: 2022, sections: ['一、总体情况', '二、主动公开政府信息情况'], table4: { review_total: 1 } } },
    { id: 'gone', file: 'gone.txt', generation: 'G3', expected: { year: 2020 } },
    { id: 'no expected', file: 'x.txt' },
  ]),
)

describe('findCorpusFolders', () => {
  test('should list only folders that have a manifest, and nothing for a missing root', () => {
    expect(findCorpusFolders(corpus)).toEqual([good])
    expect(findCorpusFolders(join(root, 'absent'))).toEqual([])
  })
})

describe('loadManifest', () => {
  test('should keep well-formed entries and explain a broken manifest', () => {
    const manifest = loadManifest(good)
    expect(manifest.ok && manifest.entries.map((entry) => entry.id)).toEqual(['qingshi', 'gone'])
    const broken = join(root, 'broken')
    mkdirSync(broken)
    writeFileSync(join(broken, 'manifest.json'), '{"not": "an array"}')
    expect(loadManifest(broken)).toEqual({ ok: false, problem: `${join(broken, 'manifest.json')} is not an array of entries` })
    expect(loadManifest(join(corpus, 'no-manifest')).ok).toBe(false)
  })
})

describe('evaluateFolder and formatSummary', () => {
  const result = evaluateFolder(good)
  const [qingshi, gone] = result.scores

  test('should parse each listed file and score it, recording a missing file as an error', () => {
    expect(result.problem).toBeNull()
    expect(qingshi).toMatchObject({ generation: { right: true }, organ: { right: true }, year: { right: true }, headings: { found: 2, exact: true } })
    expect(qingshi?.cells.of).toBe(1)
    expect(gone?.error).toMatch(/^cannot read .*gone\.txt/)
    expect(gone?.year).toEqual({ expected: 2020, got: null, right: false })
  })

  test('should print each file and totals with percentages', () => {
    const entries = result.scores
    const summary = formatSummary({ input: 'string', folders: [good], skipped: [], entries, totals: totalScores(entries) })
    // bytes once parseReport takes them, else the UTF-8 string
    expect(['bytes', 'string']).toContain(qingshi?.input)
    expect(summary).toContain(`made-up/qingshi-2022.txt (qingshi; input: ${qingshi?.input})`)
    expect(summary).toContain('  year        ✓ 2022')
    expect(summary).toContain('  year        ✗ expected 2020, got none')
    expect(summary).toContain('  headings    ✓ 2/2 found in order, 2 parsed, exact')
    expect(summary).toContain('  year            1/2 (50%)')
  })
})
