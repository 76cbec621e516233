import type { Relation } from '../model/check.js'
import { relations2008 } from '../templates/g1-2008/relations.js'
import { relations2014 } from '../templates/g2-2014/relations.js'
import { relations2019 } from '../templates/g3-2019/relations.js'
import { relations2021 } from '../templates/g4-2021/relations.js'

/**
 * Every relation of every generation (templates.md §3.3, §4.3, §7), as plain objects: each names
 * the generations it applies to. Add a relation with `[...defaultRelations, myRelation]`; drop one
 * with `.filter((relation) => relation.id !== 'G2-S5')`.
 */
export const defaultRelations: readonly Relation[] = Object.freeze([...relations2008, ...relations2014, ...relations2019, ...relations2021])
