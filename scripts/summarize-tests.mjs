// Sums the JSON reports of every suite in a folder into one closing line: "N passed, N failed".
// Knows Vitest's JSON reporter (numPassedTests/numFailedTests) and Playwright's (stats.expected/unexpected/flaky).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? '.reports'
let passed = 0
let failed = 0
let suites = 0
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  if (typeof report.numPassedTests === 'number') {
    passed += report.numPassedTests
    // A suite that failed to load counts as a failure even though none of its tests ran.
    failed += report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0)
    suites++
  } else if (report.stats && typeof report.stats.expected === 'number') {
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
    suites++
  }
}
if (suites === 0) {
  failed += 1
  console.error(`no test report found in ${dir}`)
}
const line = `${passed} passed, ${failed} failed`
writeFileSync(join(dir, 'summary.txt'), `${line}\n`)
console.log(line)
process.exit(failed > 0 ? 1 : 0)
