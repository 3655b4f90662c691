/**
 * Offline tuning of the suggestion re-ranker's mix on the dev split, from the candidates dumped by
 * `BENCH_TUNE=file npm run bench:deflection` (dev only). Usage: node --import tsx test/bench/tune-mix.ts file
 */
import fs from 'node:fs';

type Row = { withBody: boolean; targets: number[]; candidates: Array<[number, number, number | null, number]> };
const { rows } = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as { rows: Row[] };

type Scheme = (c: Row['candidates'], w: number) => Map<number, number>;
const minmax = (values: number[]) => {
  const min = Math.min(...values);
  const spread = Math.max(...values) - min;
  return (v: number) => (spread > 0 ? (v - min) / spread : 1);
};
const schemes: Record<string, Scheme> = {
  'min-max both': (c, w) => {
    const b = minmax(c.map((x) => x[1]));
    const known = c.flatMap((x) => (x[2] === null ? [] : [x[2]]));
    const s = minmax(known);
    const floor = known.length ? Math.min(...known) : 0;
    return new Map(c.map((x) => [x[0], w * s(x[2] ?? floor) + (1 - w) * b(x[1])]));
  },
  'cosine raw, bm25 / max': (c, w) => {
    const max = Math.max(...c.map((x) => x[1]), 1e-9);
    return new Map(c.map((x) => [x[0], w * (x[2] === null ? 0 : 2 * x[2] - 1) + (1 - w) * (x[1] / max)]));
  },
  'z-scores': (c, w) => {
    const z = (values: number[]) => {
      const mean = values.reduce((a, v) => a + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length) || 1;
      return (v: number) => (v - mean) / sd;
    };
    const b = z(c.map((x) => x[1]));
    const known = c.flatMap((x) => (x[2] === null ? [] : [x[2]]));
    const s = z(known.length ? known : [0]);
    const floor = known.length ? Math.min(...known) : 0;
    return new Map(c.map((x) => [x[0], w * s(x[2] ?? floor) + (1 - w) * b(x[1])]));
  },
};

function evaluate(withBody: boolean, scheme: Scheme, w: number, floor: number) {
  let r5 = 0, mrr = 0, n = 0;
  for (const row of rows.filter((r) => r.withBody === withBody)) {
    n++;
    // A thread found by meaning alone (no shared word) joins only this close (cosine).
    const candidates = row.candidates.filter((x) => x[1] > 0 || (x[2] !== null && 2 * x[2] - 1 >= floor));
    if (!candidates.length) continue;
    const scores = scheme(candidates, w);
    const ranked = [...candidates].sort((a, b) => scores.get(b[0])! - scores.get(a[0])! || a[0] - b[0]).map((x) => x[0]);
    const position = ranked.findIndex((id) => row.targets.includes(id));
    if (position >= 0 && position < 5) r5++;
    if (position >= 0 && position < 10) mrr += 1 / (position + 1);
  }
  return { r5: r5 / n, mrr: mrr / n };
}

const results: Array<{ name: string; title: ReturnType<typeof evaluate>; body: ReturnType<typeof evaluate> }> = [];
for (const [name, scheme] of Object.entries(schemes)) {
  for (let w = 0; w <= 1.0001; w += 0.05) {
    for (const floor of [-1, 0.3, 0.4, 0.5]) {
      results.push({ name: `${name} w ${w.toFixed(2)} floor ${floor}`, title: evaluate(false, scheme, w, floor), body: evaluate(true, scheme, w, floor) });
    }
  }
}
results.sort((a, b) => b.title.r5 + b.title.mrr - (a.title.r5 + a.title.mrr));
for (const r of results.slice(0, 15)) {
  console.log(`${r.name.padEnd(40)} title r@5 ${r.title.r5.toFixed(3)} MRR ${r.title.mrr.toFixed(3)}   title+body r@5 ${r.body.r5.toFixed(3)} MRR ${r.body.mrr.toFixed(3)}`);
}
