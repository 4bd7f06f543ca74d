/**
 * Shrinks a photo in the browser before it is sent: a 12-megapixel phone
 * picture becomes a JPEG of at most `maxSide` pixels a side (about 150–250 KB),
 * which matters on a slow mobile connection. EXIF rotation is applied.
 * Rejects when the file is not an image the browser can decode.
 */
export async function downscaleImage(file: Blob, maxSide = 1280, quality = 0.8): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', quality);
  } finally {
    bitmap.close();
  }
}
