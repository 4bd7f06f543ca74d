import { executeServerCommand } from '@web/test-runner-commands';

export type Rgb = [number, number, number];

/**
 * The colours drawn at points of the viewport (CSS pixels), read from a real
 * screenshot (test/support/viewport-plugin.mjs): for what no DOM or style API
 * tells, such as which end of a native <progress> the fill starts from.
 */
export async function coloursAt(points: [x: number, y: number][]): Promise<Rgb[]> {
  const png = await executeServerCommand<string, undefined>('aftercare-screenshot');
  const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = Object.assign(document.createElement('canvas'), { width: bitmap.width, height: bitmap.height });
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const scale = bitmap.width / window.innerWidth;
  return points.map(([x, y]) => {
    const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
    return [r!, g!, b!];
  });
}

/** How far apart two colours are (0 = the same). */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
