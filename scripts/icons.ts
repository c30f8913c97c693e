/**
 * Draws the add-in's icons into assets/ (`npm run icons`). Three glyphs, each outlined in a dark
 * colour so it reads on light ribbons and its fills stand out on dark ones:
 * - `icon`: three stacked bars, red, amber and green — the add-in itself and "Open pane";
 * - `refresh`: a traffic light — "Refresh RAG";
 * - `narrative`: a page of text under a RAG strip — "Draft narrative";
 * - `clear`: the traffic light with its lamps out and an eraser across it — "Clear RAG".
 * The PNGs are committed; run this again only when a glyph changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, rasterise, type Rgba, type Shape } from './iconsPng';

const RED: Rgba = [209, 52, 56, 255];
const AMBER: Rgba = [255, 185, 0, 255];
const GREEN: Rgba = [16, 124, 16, 255];
const OUTLINE: Rgba = [31, 31, 31, 255];
const HOUSING: Rgba = [59, 58, 57, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const INK: Rgba = [96, 94, 92, 255];
const UNLIT: Rgba = [200, 198, 196, 255];
const ERASER: Rgba = [232, 17, 123, 255];

/** Signed distance to a rounded rectangle (negative inside), in unit coordinates. */
function roundedRectDistance(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const dx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const dy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
}

/** A filled shape given by a signed distance, with an outline `line` units thick inside its edge. */
function outlined(distance: (x: number, y: number) => number, fill: Rgba, line: number): Shape {
  return (x, y) => {
    const d = distance(x, y);
    if (d > 0) return null;
    return d > -line ? OUTLINE : fill;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number, r: number, fill: Rgba, line: number): Shape {
  return outlined((x, y) => roundedRectDistance(x, y, x0, y0, x1, y1, r), fill, line);
}

function circle(cx: number, cy: number, radius: number, fill: Rgba, line: number): Shape {
  return outlined((x, y) => Math.hypot(x - cx, y - cy) - radius, fill, line);
}

/** A rounded rectangle of half-sizes `hw` × `hh` centred on (cx, cy), turned by `angle` radians. */
function turnedRect(cx: number, cy: number, hw: number, hh: number, angle: number, fill: Rgba, line: number): Shape {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return outlined(
    (x, y) => {
      const u = (x - cx) * cos + (y - cy) * sin;
      const v = -(x - cx) * sin + (y - cy) * cos;
      return roundedRectDistance(u, v, -hw, -hh, hw, hh, Math.min(hw, hh) * 0.3);
    },
    fill,
    line,
  );
}

/** Outline thickness: one pixel at 16 px, growing gently with size. */
function lineFor(size: number): number {
  return Math.max(1, Math.round(size / 20)) / size;
}

const glyphs: Record<string, (size: number) => Shape[]> = {
  icon: (size) => {
    const line = lineFor(size);
    return [
      rect(0.04, 0.06, 0.96, 0.32, 0.05, RED, line),
      rect(0.04, 0.37, 0.96, 0.63, 0.05, AMBER, line),
      rect(0.04, 0.68, 0.96, 0.94, 0.05, GREEN, line),
    ];
  },
  refresh: (size) => {
    const line = lineFor(size);
    return [
      rect(0.2, 0.02, 0.8, 0.98, 0.14, HOUSING, line),
      circle(0.5, 0.19, 0.155, RED, line),
      circle(0.5, 0.5, 0.155, AMBER, line),
      circle(0.5, 0.81, 0.155, GREEN, line),
    ];
  },
  narrative: (size) => {
    const line = lineFor(size);
    const ink = (y0: number, x1: number): Shape => rect(0.24, y0, x1, y0 + 0.1, 0.02, INK, 0);
    return [
      rect(0.1, 0.02, 0.9, 0.98, 0.06, PAPER, line),
      rect(0.1, 0.02, 0.37, 0.26, 0, RED, line),
      rect(0.36, 0.02, 0.64, 0.26, 0, AMBER, line),
      rect(0.63, 0.02, 0.9, 0.26, 0, GREEN, line),
      ink(0.38, 0.76),
      ink(0.56, 0.76),
      ink(0.74, 0.58),
    ];
  },
  clear: (size) => {
    const line = lineFor(size);
    return [
      rect(0.12, 0.02, 0.62, 0.98, 0.12, HOUSING, line),
      circle(0.37, 0.19, 0.13, UNLIT, line),
      circle(0.37, 0.5, 0.13, UNLIT, line),
      circle(0.37, 0.81, 0.13, UNLIT, line),
      turnedRect(0.66, 0.62, 0.3, 0.13, -Math.PI / 4, ERASER, line),
      turnedRect(0.8, 0.48, 0.1, 0.13, -Math.PI / 4, PAPER, line),
    ];
  },
};

/** Every icon file the add-in ships: glyph name and pixel sizes. */
export const iconSizes: Readonly<Record<string, readonly number[]>> = {
  icon: [16, 32, 64, 80, 128],
  refresh: [16, 32, 80],
  narrative: [16, 32, 80],
  clear: [16, 32, 80],
};

/** Writes every icon as `assets/<glyph>-<size>.png` under `root`; returns the paths written. */
export function writeIcons(root: string): string[] {
  const dir = join(root, 'assets');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, sizes] of Object.entries(iconSizes)) {
    for (const size of sizes) {
      const file = join(dir, `${name}-${size}.png`);
      writeFileSync(file, encodePng(size, rasterise(size, glyphs[name](size))));
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..'))) console.log(`wrote ${file}`);
}
