import { describe, expect, test } from 'vitest'
import { literalPrefix } from '../../src/util/literal-prefix.js'

describe('literalPrefix', () => {
  test('should take a pattern that is all literal text whole', () => {
    expect(literalPrefix(/本年新制作数量/u)).toBe('本年新制作数量')
  })

  test('should stop at a class, a group or an escape', () => {
    expect(literalPrefix(/国办发[〔[(（]?2014/u)).toBe('国办发')
    expect(literalPrefix(/否决公开答复(?:总)?数/u)).toBe('否决公开答复')
    expect(literalPrefix(/电话\d+/u)).toBe('电话')
  })

  test('should leave out the last character when a quantifier may drop it', () => {
    expect(literalPrefix(/本年增?减/u)).toBe('本年')
    expect(literalPrefix(/本年增*减/u)).toBe('本年')
    expect(literalPrefix(/本年增{0,2}减/u)).toBe('本年')
    expect(literalPrefix(/a😀?b/u)).toBe('a')
  })

  test('should give nothing when a match need not start with the run', () => {
    expect(literalPrefix(/本年|上年/u)).toBe('')
    expect(literalPrefix(/(?:本|上)年/u)).toBe('')
    expect(literalPrefix(/^本年/u)).toBe('')
    expect(literalPrefix(/abc/iu)).toBe('')
    expect(literalPrefix(/a?b/u)).toBe('')
  })

  test('should not take a | inside a group or a class for an alternative', () => {
    expect(literalPrefix(/本年(?:新|增)/u)).toBe('本年')
    expect(literalPrefix(/本年[|]/u)).toBe('本年')
    expect(literalPrefix(/本年\|/u)).toBe('本年')
  })
})
