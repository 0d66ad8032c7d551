/**
 * Plain planar geometry on lon/lat degrees for the map-data script: simplify, clip, round, place labels.
 * Degrees are treated as planar because every clip box is a few thousand kilometres at most and the
 * results are only drawn, never measured.
 */
import type { BBox, Position } from '../../map/types.ts';

function segmentDistanceSq(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  let t = lengthSq === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker simplification; keeps both end points, so shared border arcs still meet. */
export function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const toleranceSq = tolerance * tolerance;
  // An explicit stack: coastlines have tens of thousands of points and recursion would overflow.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i] as Position, points[first] as Position, points[last] as Position);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index !== -1 && maxSq > toleranceSq) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Rounds to `decimals` places and drops the repeated points rounding creates. */
export function roundLine(points: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const [x, y] of points) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Closes a ring if its ends differ; returns null for a ring too small to enclose anything. */
export function closeRing(ring: Position[]): Position[] | null {
  const out = ring.slice();
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return null;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out.length >= 4 && Math.abs(ringArea(out)) > 0 ? out : null;
}

/** Signed shoelace area in square degrees (positive for counter-clockwise). */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

type Edge = (p: Position) => boolean;

/** Sutherland–Hodgman against the four sides of a box; a rectangle clip never splits a ring wrongly for filling. */
export function clipRing(ring: Position[], [west, south, east, north]: BBox): Position[] {
  const edges: [Edge, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= west, (a, b) => atX(a, b, west)],
    [(p) => p[0] <= east, (a, b) => atX(a, b, east)],
    [(p) => p[1] >= south, (a, b) => atY(a, b, south)],
    [(p) => p[1] <= north, (a, b) => atY(a, b, north)],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Position;
      const previous = input[(i + input.length - 1) % input.length] as Position;
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function atX(a: Position, b: Position, x: number): Position {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: Position, b: Position, y: number): Position {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** Liang–Barsky: the part of segment a→b inside the box as parameters [t0, t1], or null. */
function segmentInBox(a: Position, b: Position, [west, south, east, north]: BBox): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - west],
    [dx, east - a[0]],
    [-dy, a[1] - south],
    [dy, north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
  }
  return t0 < t1 ? [t0, t1] : null;
}

/** Splits a polyline into its parts inside and outside a box. */
export function splitLine(line: Position[], box: BBox): { inside: Position[][]; outside: Position[][] } {
  const inside: Position[][] = [];
  const outside: Position[][] = [];
  let current: Position[] = [];
  let currentInside: boolean | null = null;
  const lerp = (a: Position, b: Position, t: number): Position => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const emit = (p: Position, isInside: boolean) => {
    if (currentInside !== isInside) {
      if (current.length >= 2) (currentInside ? inside : outside).push(current);
      const last = current[current.length - 1];
      current = last ? [last] : [];
      currentInside = isInside;
    }
    const last = current[current.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) current.push(p);
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const t = segmentInBox(a, b, box);
    if (!t) {
      emit(a, false);
      emit(b, false);
      continue;
    }
    const [t0, t1] = t;
    // Each crossing point is emitted on both sides so the runs meet exactly at the box edge.
    if (t0 > 0) {
      const entry = lerp(a, b, t0);
      emit(a, false);
      emit(entry, false);
      emit(entry, true);
    } else emit(a, true);
    if (t1 < 1) {
      const exit = lerp(a, b, t1);
      emit(exit, true);
      emit(exit, false);
      emit(b, false);
    } else emit(b, true);
  }
  if (current.length >= 2 && currentInside !== null) (currentInside ? inside : outside).push(current);
  return { inside, outside };
}

/** True when the point lies inside the box (edges included). */
export function inBox([x, y]: Position, [west, south, east, north]: BBox): boolean {
  return x >= west && x <= east && y >= south && y <= north;
}

function pointInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A point well inside a polygon to hang its name on: a grid search for the spot farthest from the
 * outline (a coarse "pole of inaccessibility"), because centroids of countries like Kyrgyzstan or
 * Russia's fragments can fall outside them.
 */
export function labelPoint(polygon: Position[][]): Position {
  const outer = polygon[0] ?? [];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  let best: Position = outer[0] ?? [0, 0];
  let bestDistance = -1;
  const steps = 40;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: Position = [west + ((east - west) * i) / steps, south + ((north - south) * j) / steps];
      if (!pointInRing(p, outer) || polygon.slice(1).some((hole) => pointInRing(p, hole))) continue;
      let d = Infinity;
      for (const ring of polygon) {
        for (let k = 1; k < ring.length; k++) {
          d = Math.min(d, segmentDistanceSq(p, ring[k - 1] as Position, ring[k] as Position));
        }
      }
      if (d > bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
  }
  return best;
}
