// The command line itself: help, version, and usage errors (exit 2, nothing read).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { ensureBuilt, root, runBin } from './built-bin.js'

beforeAll(ensureBuilt, 180_000)

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }

describe('zfxxgk', () => {
  test('should print the package version for --version', () => {
    expect(runBin(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('should print help listing both commands and the exit statuses for --help', () => {
    const run = runBin(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('parse [options] <inputs...>')
    expect(run.stdout).toContain('check [options] <inputs...>')
    expect(run.stdout).toContain('3  at least one input could not be read; the others were processed')
  })

  test('should list the options of a command', () => {
    const run = runBin(['parse', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--format <format>', '--encoding <name>', '--input-format <format>', '--jobs <n>', '--quiet']) expect(run.stdout).toContain(option)
  })

  test.each([
    ['no command', []],
    ['an unknown command', ['convert', 'fixtures']],
    ['no input', ['parse']],
    ['an unknown option', ['parse', 'fixtures', '--colour']],
    ['an unknown format', ['parse', 'fixtures', '--format', 'xml']],
    ['zero jobs', ['check', 'fixtures', '--jobs', '0']],
    ['a fractional job count', ['parse', 'fixtures', '--jobs', '1.5']],
    ['an unknown encoding', ['parse', 'fixtures', '--encoding', 'klingon']],
    ['standard input twice', ['parse', '-', '-']],
  ])('should exit 2 with a message on standard error for %s', (_, args) => {
    const run = runBin(args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/error/iu)
  })
})
