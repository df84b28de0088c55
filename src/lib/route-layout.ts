/**
 * Positions of the stops on a roadmap's route picture: a zig-zag of rows, left to right then
 * right to left, so long roadmaps stay compact. Pure geometry, no drawing.
 */
export interface RouteLayout {
  width: number;
  height: number;
  points: Array<{ x: number; y: number }>;
}

export function routeLayout(count: number, perRow = 5, gapX = 110, gapY = 70, margin = 30): RouteLayout {
  const columns = Math.min(perRow, Math.max(count, 1));
  const rows = Math.max(1, Math.ceil(count / perRow));
  const points = Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const x = margin + (row % 2 === 0 ? col : perRow - 1 - col) * gapX;
    return { x, y: margin + row * gapY };
  });
  return { width: margin * 2 + (columns - 1) * gapX, height: margin * 2 + (rows - 1) * gapY, points };
}
