import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** A row of a windowed list: its key, and whether a heading sits above it (the first row of a group). */
export interface WindowedRow {
  readonly key: string;
  readonly headed: boolean;
}

/** Consecutive rows to render, `start` to `end` inclusive, and the space to leave above them. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
  /** Pixels between the end of the previous range (or the top of the list) and this range's first row. */
  readonly gapBefore: number;
}

/** What to render: the ranges of rows, and the space to leave below the last. */
export interface RowWindow {
  readonly ranges: readonly RowRange[];
  readonly gapAfter: number;
}

/** Lists this long or shorter are rendered whole: the window only pays for itself on a large scorecard. */
export const RENDER_WHOLE_UP_TO = 150;
/** Pixels rendered beyond the viewport above and below, so that scrolling shows rows already laid out. */
const OVERSCAN = 800;
/** A row's height until it has been measured (an indicator's badge, name and one line of detail at 320 px). */
const ESTIMATE = 72;
/** A section heading's height until one has been measured. */
const HEADING_ESTIMATE = 28;

/** The first index whose row ends below `y`, by binary search over the rows' top offsets. */
function rowAt(tops: Float64Array, y: number): number {
  let low = 0;
  let high = tops.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tops[middle] <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * The rows to render of a long list: those within (or near) the viewport, whatever element scrolls
 * it, plus the rows in `keep` (the focused row and a row being edited, so neither loses focus or
 * typing when scrolled away). Rows are measured once rendered (their heading with them) and laid
 * out in the document's flow between spacers of the measured or estimated height, so a row may be
 * any height and change it (a form opening). A list of {@link RENDER_WHOLE_UP_TO} rows or fewer is
 * rendered whole. Each rendered row element needs `data-row` set to its key, and a heading above a
 * row `data-heading-for` set to the row's key; neither may have a margin (the spacers would not
 * count it).
 */
export function useWindowedRows(
  rows: readonly WindowedRow[],
  container: RefObject<HTMLElement | null>,
  keep: readonly number[],
): RowWindow {
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  // Where the list is: its top relative to the viewport, and the viewport's height.
  const [view, setView] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight }));
  const whole = rows.length <= RENDER_WHOLE_UP_TO;

  // Any scroll (of the page or a scrolling ancestor) or resize may bring other rows into view.
  useEffect(() => {
    if (whole) return;
    let frame = 0;
    const onMove = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setView((previous) => viewNow(previous, container.current));
        });
    };
    document.addEventListener('scroll', onMove, { capture: true, passive: true });
    window.addEventListener('resize', onMove);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
    };
  }, [whole, container]);

  // Rows and headings are measured as they are rendered and whenever they change size (a form
  // opening, a narrower pane), and the page too (what is above the list may grow or shrink): a
  // change lays the list out again.
  // (A layout effect, declared before the one below: the first rows are watched as first rendered.)
  const observer = useRef<ResizeObserver | null>(null);
  const watched = useRef(new Set<Element>());
  useLayoutEffect(() => {
    if (whole || typeof ResizeObserver === 'undefined') return;
    const resized = new ResizeObserver((entries) => {
      const fresh = new Map<string, number>();
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        if (element === document.body) continue;
        const height = entry.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
        // A row taken out of the page, or a list not laid out (hidden), measures nothing: keep what was known.
        if (height > 0) fresh.set(measureKey(element), height);
      }
      if (fresh.size) setHeights((known) => withHeights(known, fresh));
      setView((previous) => viewNow(previous, container.current));
    });
    resized.observe(document.body);
    observer.current = resized;
    return () => {
      resized.disconnect();
      observer.current = null;
      watched.current = new Set();
    };
  }, [whole, container]);

  // After each render, watch the rows now rendered (and no others).
  useLayoutEffect(() => {
    const list = container.current;
    const resized = observer.current;
    if (!list || !resized) return;
    const now = new Set<Element>(list.querySelectorAll('[data-row], [data-heading-for]'));
    for (const element of watched.current) if (!now.has(element)) resized.unobserve(element);
    for (const element of now) if (!watched.current.has(element)) resized.observe(element);
    watched.current = now;
  });

  if (whole || rows.length === 0)
    return { ranges: rows.length ? [{ start: 0, end: rows.length - 1, gapBefore: 0 }] : [], gapAfter: 0 };
  return windowOf(rows, heights, view, keep);
}

/** Where the list is against the viewport: its top and the viewport's height (the same object when unchanged). */
function viewNow(previous: { top: number; height: number }, list: HTMLElement | null): { top: number; height: number } {
  const top = list?.getBoundingClientRect().top ?? 0;
  const height = window.innerHeight;
  return Math.abs(previous.top - top) <= 1 && previous.height === height ? previous : { top, height };
}

/** What a measured element's height is kept under: its row's key, or the key of the row it heads. */
function measureKey(element: HTMLElement): string {
  return element.dataset.row ?? `heading:${element.dataset.headingFor}`;
}

/** The known heights with the fresh ones added: the same map when none changed by more than half a pixel. */
function withHeights(
  known: ReadonlyMap<string, number>,
  fresh: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  let changed: Map<string, number> | null = null;
  for (const [key, height] of fresh)
    if (Math.abs((known.get(key) ?? -1) - height) > 0.5) (changed ??= new Map(known)).set(key, height);
  return changed ?? known;
}

/** The ranges to render: the rows within {@link OVERSCAN} of the viewport, and those in `keep`. */
function windowOf(
  rows: readonly WindowedRow[],
  heights: ReadonlyMap<string, number>,
  view: { top: number; height: number },
  keep: readonly number[],
): RowWindow {
  let sum = 0;
  let count = 0;
  let headingSum = 0;
  let headingCount = 0;
  for (const [key, height] of heights) {
    if (key.startsWith('heading:')) {
      headingSum += height;
      headingCount++;
    } else {
      sum += height;
      count++;
    }
  }
  const estimate = count ? sum / count : ESTIMATE;
  const headingEstimate = headingCount ? headingSum / headingCount : HEADING_ESTIMATE;
  const tops = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) {
    const { key, headed } = rows[i];
    const heading = headed ? (heights.get(`heading:${key}`) ?? headingEstimate) : 0;
    tops[i + 1] = tops[i] + (heights.get(key) ?? estimate) + heading;
  }
  const first = rowAt(tops, -view.top - OVERSCAN);
  const last = Math.max(first, rowAt(tops, -view.top + view.height + OVERSCAN));
  const wanted = [[first, last], ...keep.filter((i) => i >= 0 && i < rows.length).map((i) => [i, i])].sort(
    (a, b) => a[0] - b[0],
  );
  const merged: [number, number][] = [];
  for (const [start, end] of wanted) {
    const previous = merged[merged.length - 1];
    if (previous && start <= previous[1] + 1) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  let bottom = 0;
  const ranges = merged.map(([start, end]) => {
    const range = { start, end, gapBefore: tops[start] - bottom };
    bottom = tops[end + 1];
    return range;
  });
  return { ranges, gapAfter: tops[rows.length] - bottom };
}
