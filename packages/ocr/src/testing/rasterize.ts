import fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph } from '@pdf-lib/fontkit';

/** A grey page: one byte per pixel, 0 black … 255 white, rows top to bottom. */
export type GreyPage = { width: number; height: number; data: Uint8Array };

/** What fontkit's compiled path functions call (see fontkit's `Path.toFunction`). */
type PathSink = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void;
  closePath(): void;
};
type Point = readonly [number, number];
type Edge = { x0: number; y0: number; x1: number; y1: number; dir: 1 | -1 };

const CURVE_STEPS = 8;
const SUBSAMPLES = 5;

/** The outline of `glyph` as closed polygons in font units (y up). */
function outline(glyph: Glyph): Point[][] {
  const polygons: Point[][] = [];
  let current: Point[] = [];
  let pen: Point = [0, 0];
  const sink: PathSink = {
    moveTo(x, y) {
      if (current.length > 1) polygons.push(current);
      current = [[x, y]];
      pen = [x, y];
    },
    lineTo(x, y) {
      current.push([x, y]);
      pen = [x, y];
    },
    quadraticCurveTo(cx, cy, x, y) {
      const [px, py] = pen;
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        current.push([u * u * px + 2 * u * t * cx + t * t * x, u * u * py + 2 * u * t * cy + t * t * y]);
      }
      pen = [x, y];
    },
    bezierCurveTo(c1x, c1y, c2x, c2y, x, y) {
      const [px, py] = pen;
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const c = 3 * u * t * t;
        const d = t * t * t;
        current.push([a * px + b * c1x + c * c2x + d * x, a * py + b * c1y + c * c2y + d * y]);
      }
      pen = [x, y];
    },
    closePath() {
      if (current.length > 1) polygons.push(current);
      current = [];
    },
  };
  // fontkit types `toFunction()` as a bare `Function`; at run time it takes a canvas-like context, which `sink` is.
  const draw = glyph.path.toFunction() as (context: PathSink) => void;
  draw(sink);
  if (current.length > 1) polygons.push(current);
  return polygons;
}

/** A page being drawn: text is filled with anti-aliasing (nonzero rule, 5 sub-scanlines, exact horizontal coverage). */
export class PageCanvas {
  readonly page: GreyPage;
  private readonly cos: number;
  private readonly sin: number;
  private readonly ink: number;

  constructor(width: number, height: number, options: { paper?: number; ink?: number; skewDegrees?: number } = {}) {
    this.page = { width, height, data: new Uint8Array(width * height).fill(options.paper ?? 255) };
    this.ink = options.ink ?? 0;
    const radians = ((options.skewDegrees ?? 0) * Math.PI) / 180;
    this.cos = Math.cos(radians);
    this.sin = Math.sin(radians);
  }

  /** Width of `text` in pixels at `sizePx`. */
  static measure(font: Font, text: string, sizePx: number): number {
    return (font.layout(text).advanceWidth * sizePx) / font.unitsPerEm;
  }

  /** Draws `text` with its baseline starting at (x, y) in pixels (y down), the whole page turned by the skew. */
  drawText(font: Font, text: string, x: number, y: number, sizePx: number): void {
    const run = font.layout(text);
    const scale = sizePx / font.unitsPerEm;
    let penX = x;
    let penY = y;
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index];
      if (!position) return;
      const originX = penX + position.xOffset * scale;
      const originY = penY - position.yOffset * scale;
      const polygons = outline(glyph).map((polygon) =>
        polygon.map(([gx, gy]) => this.turn(originX + gx * scale, originY - gy * scale)),
      );
      this.fill(polygons);
      penX += position.xAdvance * scale;
      penY -= position.yAdvance * scale;
    });
  }

  /** Darkens single pixels: specks of dust and toner, drawn from `random`. */
  speckle(count: number, random: () => number): void {
    const { width, height, data } = this.page;
    for (let i = 0; i < count; i += 1) {
      const x = Math.floor(random() * width);
      const y = Math.floor(random() * height);
      const tone = Math.floor(random() * 160);
      data[y * width + x] = Math.min(data[y * width + x] ?? 255, tone);
    }
  }

  private turn(x: number, y: number): Point {
    const cx = this.page.width / 2;
    const cy = this.page.height / 2;
    const dx = x - cx;
    const dy = y - cy;
    return [cx + dx * this.cos - dy * this.sin, cy + dx * this.sin + dy * this.cos];
  }

  private fill(polygons: Point[][]): void {
    const edges: Edge[] = [];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const polygon of polygons) {
      for (let i = 0; i < polygon.length; i += 1) {
        const [ax, ay] = polygon[i] as Point;
        const [bx, by] = polygon[(i + 1) % polygon.length] as Point;
        minX = Math.min(minX, ax);
        maxX = Math.max(maxX, ax);
        minY = Math.min(minY, ay);
        maxY = Math.max(maxY, ay);
        if (ay === by) continue;
        edges.push(ay < by ? { x0: ax, y0: ay, x1: bx, y1: by, dir: 1 } : { x0: bx, y0: by, x1: ax, y1: ay, dir: -1 });
      }
    }
    if (edges.length === 0) return;
    const { width, height, data } = this.page;
    const left = Math.max(0, Math.floor(minX));
    const right = Math.min(width, Math.ceil(maxX) + 1);
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(height, Math.ceil(maxY) + 1);
    if (left >= right || top >= bottom) return;
    const span = right - left;
    const coverage = new Float32Array(span);
    const crossings: { x: number; dir: number }[] = [];
    for (let row = top; row < bottom; row += 1) {
      coverage.fill(0);
      for (let sub = 0; sub < SUBSAMPLES; sub += 1) {
        const sy = row + (sub + 0.5) / SUBSAMPLES;
        crossings.length = 0;
        for (const edge of edges) {
          if (sy < edge.y0 || sy >= edge.y1) continue;
          crossings.push({ x: edge.x0 + ((sy - edge.y0) / (edge.y1 - edge.y0)) * (edge.x1 - edge.x0), dir: edge.dir });
        }
        crossings.sort((a, b) => a.x - b.x);
        let winding = 0;
        for (let i = 0; i < crossings.length - 1; i += 1) {
          winding += (crossings[i] as { dir: number }).dir;
          if (winding === 0) continue;
          this.addSpan(coverage, left, (crossings[i] as { x: number }).x, (crossings[i + 1] as { x: number }).x);
        }
      }
      for (let i = 0; i < span; i += 1) {
        const amount = Math.min(1, (coverage[i] as number) / SUBSAMPLES);
        if (amount <= 0) continue;
        const index = row * width + left + i;
        const before = data[index] as number;
        if (before > this.ink) data[index] = Math.round(before - (before - this.ink) * amount);
      }
    }
  }

  /** Adds the coverage of [xa, xb) on one sub-scanline, with fractional end pixels. */
  private addSpan(coverage: Float32Array, left: number, xa: number, xb: number): void {
    const a = Math.max(xa - left, 0);
    const b = Math.min(xb - left, coverage.length);
    if (b <= a) return;
    const first = Math.floor(a);
    const last = Math.floor(b);
    if (first === last) {
      coverage[first] = (coverage[first] as number) + (b - a);
      return;
    }
    coverage[first] = (coverage[first] as number) + (first + 1 - a);
    for (let i = first + 1; i < last; i += 1) coverage[i] = (coverage[i] as number) + 1;
    if (last < coverage.length) coverage[last] = (coverage[last] as number) + (b - last);
  }
}

/** Parses a TrueType/OpenType font (fontkit, as pdf-lib uses it). */
export function loadFont(bytes: Uint8Array): Font {
  return fontkit.create(bytes);
}

/** mulberry32: a small seeded generator, so every generated page is the same from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
