// Parsing must not keep its inputs alive: module-level caches (label normalisation, value tests,
// section roles) once stored substrings of the input, which V8 keeps as views of the whole input,
// so that a batch of reports grew the heap by each report's size. This measures the heap after a
// batch with every collection done; the margin is wide (a kept input would be about 80 MB here).
import v8 from 'node:v8'
import vm from 'node:vm'
import { expect, test } from 'vitest'
import { parseReport } from '../../src/index.js'
import { fixture } from '../fixture.js'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

test('a batch of distinct reports leaves the heap as it found it, but for bounded caches', () => {
  const base = fixture('qidu-2017.txt')
  const heap = () => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }
  // Each input is 200,000 characters with table labels of its own, long enough to be substrings
  // (13 code units or more) in V8.
  const input = (i: number) => `${base}\n${Array.from({ length: 5 }, (_, k) => `其他对外管理服务事项第${i}号补充说明${k}\t1\t2\t3`).join('\n')}\n注：${'说明文字'.repeat(50_000)}\n`
  parseReport(input(-1))
  const before = heap()
  for (let i = 0; i < 200; i++) parseReport(input(i))
  const grown = heap() - before
  expect(grown).toBeLessThan(30e6)
}, 120_000)
