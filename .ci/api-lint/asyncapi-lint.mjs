// Validates an AsyncAPI document with the AsyncAPI parser: the specification's JSON Schema and the parser's
// own rule sets (the ones `asyncapi validate` applies). Prints every diagnostic and a count; exits 1 on an error.
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const file = process.argv[2];
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
const counts = { error: 0, warning: 0, info: 0, hint: 0 };
for (const diagnostic of diagnostics) {
  const severity = SEVERITIES[diagnostic.severity];
  counts[severity]++;
  console.log(`${severity} ${diagnostic.code} at ${diagnostic.path.join('.') || '(root)'}: ${diagnostic.message}`);
}
console.log(`AsyncAPI lint: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos, ${counts.hint} hints`
  + (document ? '' : ' (the document could not be parsed)'));
process.exit(counts.error > 0 || !document ? 1 : 0);
