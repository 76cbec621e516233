// How the command line's inputs become the batch: order, extensions, hidden entries, links, stdin.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { collectInputs } from '../../src/cli/collect-inputs.js'

const folder = mkdtempSync(join(tmpdir(), 'zfxxgk-inputs-'))
mkdirSync(join(folder, 'b-county'))
mkdirSync(join(folder, '.git'))
for (const name of ['b-county/town.HTML', 'b-county/notes.pdf', 'a.txt', 'c.md', '.hidden.txt', '.git/x.txt']) writeFileSync(join(folder, name), '一、总体情况')
symlinkSync(folder, join(folder, 'b-county/loop'))
const names = (args: string[]) => collectInputs(args, () => new Uint8Array()).map((task) => task.name.replace(folder, 'F'))

describe('collectInputs', () => {
  test('should list report files below a directory, sorted, without hidden entries or other extensions, walking a link loop once', () => {
    expect(names([folder])).toEqual(['F/a.txt', 'F/b-county/town.HTML', 'F/c.md'])
  })

  test('should keep command-line order, read a named file whatever its extension, and keep a missing path to report it', () => {
    const tasks = collectInputs([join(folder, 'c.md'), join(folder, 'b-county/notes.pdf'), 'no/such.txt', '-'], () => Uint8Array.of(0xe4, 0xb8, 0x80))
    expect(tasks.map((task) => [task.index, task.name.replace(folder, 'F')])).toEqual([
      [0, 'F/c.md'],
      [1, 'F/b-county/notes.pdf'],
      [2, 'no/such.txt'],
      [3, '-'],
    ])
    expect(tasks[2]?.missing).toBe('No such file or directory: no/such.txt')
    expect(tasks[3]?.bytes).toEqual(Uint8Array.of(0xe4, 0xb8, 0x80))
  })
})
