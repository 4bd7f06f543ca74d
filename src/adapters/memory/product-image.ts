/**
 * A small generated product picture, so the demo shows images without any
 * network or asset files. SVG in a data: URL cannot run script inside <img>.
 */
export function productImage(hue: number, shape: 'shirt' | 'bag' | 'bottle' | 'shoe' | 'box' | 'cup'): string {
  const paths: Record<typeof shape, string> = {
    shirt: 'M30 22l12-8h16l12 8 10 14-12 6v36H32V42l-12-6z',
    bag: 'M26 38h48l-4 44H30zM38 38v-8a12 12 0 0124 0v8',
    bottle: 'M42 14h16v12l6 10v46H36V36l6-10z',
    shoe: 'M18 64l6-22 18 6 14 10 22 4v14H18z',
    box: 'M20 34l30-14 30 14v34L50 82 20 68zM20 34l30 14 30-14M50 48v34',
    cup: 'M28 32h40v30a20 20 0 01-40 0zM68 40h8a8 8 0 010 16h-8',
  };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="hsl(${hue} 60% 90%)"/>` +
    `<path d="${paths[shape]}" fill="hsl(${hue} 45% 45%)" stroke="hsl(${hue} 50% 25%)" stroke-width="2" stroke-linejoin="round"/>` +
    `</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
