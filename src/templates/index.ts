import { template2008 } from './g1-2008/template.js'
import { template2014 } from './g2-2014/template.js'
import { template2019 } from './g3-2019/template.js'
import { template2021 } from './g4-2021/template.js'
import { defineTemplates } from './template.js'

export { template2008, template2014, template2019, template2021 }

/** The four template generations, oldest first. */
export const defaultTemplates = defineTemplates([template2008, template2014, template2019, template2021])
