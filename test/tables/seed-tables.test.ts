// Every number of the seeds, read by hand off fixtures/*.txt (line numbers are the fixture's).
import { describe, expect, test } from 'vitest'
import { listCells, parseReport, type CellEntry, type ParsedReport } from '../../src/index.js'
import { fixture } from '../fixture.js'

const cellsOf = (report: ParsedReport) => new Map(listCells(report).map((cell) => [cell.path, cell]))
const valuesOf = (report: ParsedReport) => Object.fromEntries(listCells(report).map((cell) => [cell.path, cell.value]))

describe('qidu-2017: the 13-group statistics table, one cell per line with TABs', () => {
  const text = fixture('qidu-2017.txt')
  const report = parseReport(text)
  const values = valuesOf(report)

  test('should map every keyed row to its printed number', () => {
    const zero = (keys: string[]) => Object.fromEntries(keys.map((key) => [`statistics.${key}`, 0]))
    expect(values).toEqual({
      'statistics.active.total': 23,
      'statistics.active.normativeDocuments': 23,
      'statistics.active.normativeDocumentsIssued': 61,
      'statistics.active.channels.gazette': 0,
      'statistics.active.channels.website': 75,
      'statistics.active.channels.weibo': 0,
      'statistics.active.channels.wechat': 167,
      'statistics.active.channels.other': 0,
      ...zero([
        'responses.hotTopics', 'responses.pressConferences', 'responses.pressConferencesByLeaders', 'responses.onlineInterviews',
        'responses.onlineInterviewsByLeaders', 'responses.policyInterpretations', 'responses.socialMedia', 'responses.other',
        'requests.received', 'requests.channels.inPerson', 'requests.channels.fax', 'requests.channels.online', 'requests.channels.letter',
        'requests.channels.other', 'requests.concluded', 'requests.concludedOnTime', 'requests.concludedExtended', 'requests.answered',
        'requests.answers.alreadyPublic', 'requests.answers.granted', 'requests.answers.partiallyGranted', 'requests.answers.denied',
        'requests.deniedReasons.stateSecret', 'requests.deniedReasons.commercialSecret', 'requests.deniedReasons.privacy',
        'requests.deniedReasons.securityStability', 'requests.deniedReasons.notGovernmentInformation', 'requests.deniedReasons.otherLaw',
        'requests.answers.notThisOrgan', 'requests.answers.notExist', 'requests.answers.amendmentRequested', 'requests.answers.otherChannel',
        'review.total', 'review.upheld', 'review.corrected', 'review.other',
        'litigation.total', 'litigation.upheld', 'litigation.corrected', 'litigation.other',
        'complaints.total', 'complaints.upheld', 'complaints.corrected', 'complaints.other',
        'archives.total', 'archives.paper', 'archives.electronic',
        'websites.total', 'websites.county', 'websites.township',
        'gazette.total', 'gazette.issues', 'gazette.copies',
        'readingRooms.total', 'readingRooms.county', 'readingRooms.township',
        'visitors.total', 'visitors.county', 'visitors.township',
      ]),
      'statistics.staffing.offices': 1,
      'statistics.staffing.staff': 2,
      'statistics.staffing.fullTime': 1,
      'statistics.staffing.partTime': 1,
      'statistics.staffing.budget': 1,
      'statistics.training.meetings': 2,
      'statistics.training.courses': 2,
      'statistics.training.trainees': 16,
    })
    if (report.generation !== '2014') throw new Error('expected 2014')
    expect(report.statistics?.unmapped).toEqual([])
    expect(report.statistics?.cumulative).toEqual({})
  })

  test('should point each value at the printed number', () => {
    const cells = cellsOf(report)
    for (const cell of cells.values()) {
      expect(cell.offset).not.toBeNull()
      expect(text.slice(cell.offset ?? 0, (cell.offset ?? 0) + cell.raw.length)).toBe(cell.raw)
    }
    expect(cells.get('statistics.active.channels.wechat')).toMatchObject({ raw: '167', line: 92, column: 2 })
    expect(cells.get('statistics.training.trainees')).toMatchObject({ raw: '16', line: 387, via: ['tab-cell-per-line'] })
  })

  test('should record the grid with its reader', () => {
    expect(report.tables).toHaveLength(1)
    expect(report.tables[0]?.template).toBe('g2.statistics')
    expect(report.tables[0]?.grid.rows).toHaveLength(83)
  })
})

describe('zhangcun-2011: only group 一 filled, every other cell blank', () => {
  const report = parseReport(fixture('zhangcun-2011.txt'))
  const values = valuesOf(report)

  test('should read 264 and its six parts', () => {
    expect(values['statistics.active.total']).toBe(264)
    expect(
      ['organization', 'policies', 'work', 'plansStatistics', 'budget', 'procurement'].map((key) => values[`statistics.active.categories.${key}`]),
    ).toEqual([6, 59, 132, 26, 2, 39])
  })

  test('should keep every other value null, never 0', () => {
    const others = listCells(report).filter((cell) => !cell.path.startsWith('statistics.active.'))
    expect(others).toHaveLength(29)
    expect(others.every((cell: CellEntry) => cell.value === null)).toBe(true)
    expect(others.map((cell) => cell.path)).toEqual(
      expect.arrayContaining(['statistics.fees', 'statistics.requests.received', 'statistics.staffing.staff', 'statistics.training.trainees']),
    )
  })
})

describe('zhenyuan-2017: small tables one cell per line, no TABs', () => {
  const report = parseReport(fixture('zhenyuan-2017.txt'))
  const values = valuesOf(report)

  test('should read the five-year series and take the report year into the cells', () => {
    expect(values).toMatchObject({
      'statistics.series.active.total.2013': 3148,
      'statistics.series.active.total.2014': 4524,
      'statistics.series.active.total.2015': 22390,
      'statistics.series.active.total.2016': 29070,
      'statistics.series.active.total.2017': 34207,
      'statistics.active.total': 34207,
    })
  })

  test('should read the three channels from their table (34207 = 18477 + 1850 + 13880)', () => {
    expect(values['statistics.active.channels.website']).toBe(18477)
    expect(values['statistics.active.channels.wechat']).toBe(1850)
    expect(values['statistics.active.channels.other']).toBe(13880)
    expect(cellsOf(report).get('statistics.active.channels.website')?.via).toEqual(['cell-per-line'])
  })
})

describe('tongjiang-2017: no table, figures in prose', () => {
  const report = parseReport(fixture('tongjiang-2017.txt'))

  test('should read the four channel figures from the sentence, with provenance prose', () => {
    const cells = cellsOf(report)
    expect([...cells.keys()]).toEqual([
      'statistics.active.channels.website',
      'statistics.active.channels.weibo',
      'statistics.active.channels.wechat',
      'statistics.active.channels.other',
    ])
    expect([...cells.values()].map((cell) => [cell.value, cell.via])).toEqual([
      [4850, ['prose']],
      [1300, ['prose']],
      [1800, ['prose']],
      [2000, ['prose']],
    ])
    expect(cells.get('statistics.active.channels.website')).toMatchObject({ raw: '4850', line: 23 })
  })
})

describe('chongwen-2020: the 2019 tables, OCR-broken and left empty', () => {
  const report = parseReport(fixture('chongwen-2020.txt'))

  test('should recognise tables 2, 3 and 4 of the 2019 layout with every row and column', () => {
    expect(report.generation).toBe('2019')
    const cells = listCells(report)
    expect(cells.filter((cell) => cell.path.startsWith('activeDisclosure.'))).toHaveLength(22)
    expect(cells.filter((cell) => cell.path.startsWith('requests.'))).toHaveLength(23 * 7)
    expect(cells.filter((cell) => cell.path.startsWith('reviewLitigation.'))).toHaveLength(15)
    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('table.row-missing')
  })

  test('should find the rows whose labels OCR broke (才卜 → 本, 政放府 → 政府)', () => {
    const cells = cellsOf(report)
    expect(cells.get('requests.newReceived.total')?.line).toBe(42)
    expect(cells.get('requests.carriedOver.total')?.line).toBe(43)
    expect(cells.get('requests.denied.thirdParty.naturalPerson')?.line).toBe(49)
    expect(cells.get('requests.notProcessed.confirmReissue.total')?.line).toBe(61)
  })

  test('should keep every value null, with one diagnostic saying the tables are blank', () => {
    expect(listCells(report).every((cell) => cell.value === null)).toBe(true)
    const blank = report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.all-blank')
    expect(blank).toHaveLength(1)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'table.cell-unreadable')).toEqual([])
  })
})
