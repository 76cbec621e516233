/**
 * fast-check settings for the property suites: `FC_NUM_RUNS` runs (default 200) and `FC_SEED` to
 * replay a failure. fast-check prints the seed and path of every failing run.
 */
export const numRuns = Number(process.env.FC_NUM_RUNS ?? 200)
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
export const settings = { numRuns, ...(seed === undefined ? {} : { seed }) }
