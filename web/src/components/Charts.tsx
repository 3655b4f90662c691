import { createMemo, For, Show } from 'solid-js';

/** Small SVG charts for the staff dashboard: no chart library, scales to its container. */

export interface Series {
  name: string;
  color: string;
  values: Array<number | null>;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value)!;
  return step * magnitude;
}

function Axes(props: { labels: string[]; max: number; format: (v: number) => string }) {
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  // At most ~8 x labels, so they never overlap.
  const every = createMemo(() => Math.max(1, Math.ceil(props.labels.length / 8)));
  const count = createMemo(() => Math.max(1, props.labels.length));
  const x = (i: number) => PAD.left + ((i + 0.5) * (WIDTH - PAD.left - PAD.right)) / count();
  return (
    <g class="axes">
      <For each={ticks}>
        {(t) => (
          <>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + innerHeight * (1 - t)} y2={PAD.top + innerHeight * (1 - t)} class="grid" />
            <text x={PAD.left - 6} y={PAD.top + innerHeight * (1 - t) + 4} text-anchor="end">{props.format(props.max * t)}</text>
          </>
        )}
      </For>
      <For each={props.labels}>
        {(label, i) => (
          <Show when={i() % every() === 0}>
            <text x={x(i())} y={HEIGHT - 8} text-anchor="middle">{label}</text>
          </Show>
        )}
      </For>
    </g>
  );
}

function Legend(props: { series: Series[] }) {
  return (
    <div class="legend">
      <For each={props.series}>{(s) => <span><i style={{ background: s.color }} />{s.name}</span>}</For>
    </div>
  );
}

/** Bars per label: side by side (grouped) or on top of each other (stacked). */
export function BarChart(props: { title: string; labels: string[]; series: Series[]; stacked?: boolean }) {
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  // Memos: every bar reads the scale; recomputing it per bar made the dashboard freeze for seconds.
  const max = createMemo(() =>
    niceMax(
      Math.max(
        0,
        ...props.labels.map((_, i) =>
          props.stacked ? props.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : Math.max(0, ...props.series.map((s) => s.values[i] ?? 0)),
        ),
      ),
    ),
  );
  const slot = createMemo(() => innerWidth / Math.max(1, props.labels.length));
  const barWidth = createMemo(() => (slot() * 0.7) / (props.stacked ? 1 : props.series.length));
  const y = (v: number) => (v / max()) * innerHeight;
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.title}>
        <Axes labels={props.labels} max={max()} format={(v) => String(Math.round(v))} />
        <For each={props.labels}>
          {(label, i) => (
            <For each={props.series}>
              {(s, k) => {
                const value = () => s.values[i()] ?? 0;
                const x = () => PAD.left + i() * slot() + slot() * 0.15 + (props.stacked ? 0 : k() * barWidth());
                // Stacked: this bar starts where the series before it end.
                const base = () => (props.stacked ? props.series.slice(0, k()).reduce((sum, below) => sum + (below.values[i()] ?? 0), 0) : 0);
                return (
                  <rect x={x()} y={PAD.top + innerHeight - y(base() + value())} width={Math.max(1, barWidth() - 1)} height={y(value())} fill={s.color}>
                    <title>{`${label} · ${s.name}: ${value()}`}</title>
                  </rect>
                );
              }}
            </For>
          )}
        </For>
      </svg>
      <Legend series={props.series} />
    </figure>
  );
}

/** Lines over labels, for rates (0–100 %); a gap where a value is null. */
export function LineChart(props: { title: string; labels: string[]; series: Series[]; percent?: boolean }) {
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const max = createMemo(() => (props.percent ? 1 : niceMax(Math.max(0, ...props.series.flatMap((s) => s.values.map((v) => v ?? 0))))));
  const count = createMemo(() => Math.max(1, props.labels.length));
  const x = (i: number) => PAD.left + ((i + 0.5) * innerWidth) / count();
  const y = (v: number) => PAD.top + innerHeight * (1 - v / max());
  const path = (values: Array<number | null>) => {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) pen = false;
      else {
        d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      }
    });
    return d;
  };
  const format = (v: number) => (props.percent ? `${Math.round(v * 100)}%` : String(Math.round(v)));
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.title}>
        <Axes labels={props.labels} max={max()} format={format} />
        <For each={props.series}>
          {(s) => (
            <>
              <path d={path(s.values)} fill="none" stroke={s.color} stroke-width="2.5" />
              <For each={s.values}>
                {(v, i) => (
                  <Show when={v !== null}>
                    <circle cx={x(i())} cy={y(v!)} r="3.5" fill={s.color}>
                      <title>{`${props.labels[i()]} · ${s.name}: ${format(v!)}`}</title>
                    </circle>
                  </Show>
                )}
              </For>
            </>
          )}
        </For>
      </svg>
      <Legend series={props.series} />
    </figure>
  );
}

/** One horizontal bar per row, labelled with its count and share. */
export function HorizontalBars(props: { title: string; rows: Array<{ label: string; count: number }>; color: string }) {
  const total = createMemo(() => props.rows.reduce((n, r) => n + r.count, 0));
  const max = createMemo(() => Math.max(1, ...props.rows.map((r) => r.count)));
  return (
    <figure class="chart hbars">
      <figcaption>{props.title}</figcaption>
      <For each={props.rows}>
        {(row) => (
          <div class="hbar-row">
            <span class="hbar-label">{row.label}</span>
            <span class="hbar-track"><span class="hbar" style={{ width: `${(row.count / max()) * 100}%`, background: props.color }} /></span>
            <span class="hbar-value">{row.count}{total() ? ` · ${Math.round((row.count / total()) * 100)}%` : ''}</span>
          </div>
        )}
      </For>
    </figure>
  );
}

/** Two shares of one whole, side by side in one bar. */
export function SplitBar(props: { title: string; left: { label: string; count: number; color: string }; right: { label: string; count: number; color: string } }) {
  const total = () => props.left.count + props.right.count;
  const share = (n: number) => (total() ? Math.round((n / total()) * 100) : 0);
  return (
    <figure class="chart split">
      <figcaption>{props.title}</figcaption>
      <div class="split-bar" role="img" aria-label={`${props.left.label} ${share(props.left.count)}%, ${props.right.label} ${share(props.right.count)}%`}>
        <span style={{ width: `${total() ? share(props.left.count) : 50}%`, background: props.left.color }} />
        <span style={{ width: `${total() ? share(props.right.count) : 50}%`, background: props.right.color }} />
      </div>
      <div class="legend">
        <span><i style={{ background: props.left.color }} />{props.left.label}: {props.left.count} ({share(props.left.count)}%)</span>
        <span><i style={{ background: props.right.color }} />{props.right.label}: {props.right.count} ({share(props.right.count)}%)</span>
      </div>
    </figure>
  );
}
