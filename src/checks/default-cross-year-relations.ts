import type { Relation } from '../model/check.js'
import { crossYearRelations2008 } from '../templates/g1-2008/relations.js'
import { crossYearRelations2014 } from '../templates/g2-2014/relations.js'
import { crossYearRelations2019 } from '../templates/g3-2019/relations.js'
import { crossYearRelations2021 } from '../templates/g4-2021/relations.js'

/**
 * The year-to-year relations (templates.md §3.3 cumulative columns, §7.1 T3-5, §7.3 T2-3..T2-5):
 * reads are `previous:<path>` and `current:<path>`; `generations` is the later report's.
 */
export const defaultCrossYearRelations: readonly Relation[] = Object.freeze([
  ...crossYearRelations2008,
  ...crossYearRelations2014,
  ...crossYearRelations2019,
  ...crossYearRelations2021,
])
