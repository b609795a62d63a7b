// Compiles Vega-Lite specs and renders each to SVG with no browser: node render-vegalite.mjs specs.json
// Input: a JSON array of Vega-Lite specs. Output (stdout): a JSON array of {svg} or {error}, in input order.
// Tests use it to validate generated specs; one process handles a whole batch because start-up dominates.
import { readFileSync } from 'node:fs';

const vega = await import('vega');
const vegaLite = await import('vega-lite');

const specs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const spec of specs) {
  try {
    const warnings = [];
    const logger = { level: () => logger, warn: (...m) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger, error: (...m) => warnings.push(m.join(' ')) };
    const compiled = vegaLite.compile(spec, { logger });
    const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none' });
    results.push({ svg: await view.toSVG(), warnings });
    view.finalize();
  } catch (error) {
    results.push({ error: String(error && error.stack || error) });
  }
}
process.stdout.write(JSON.stringify(results));
