import { msg } from '@lit/localize';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { html, nothing, svg } from 'lit';

// Its own chunk: only a wide screen waiting for a LINE code downloads the encoder.

/** The "Connect LINE" link as a QR code, for the phone next to the computer; nothing when it cannot be encoded. */
export function lineQr(link: string) {
  let path: string;
  let modules: number;
  try {
    const code = generate(link);
    path = toSvgPath(code);
    modules = code.size;
  } catch {
    return nothing;
  }
  const side = modules + 8; // A quiet zone of four modules around it.
  return html`<figure class="line-connect__qr" part="line-connect-qr">
    <svg viewBox="-4 -4 ${side} ${side}" role="img" aria-label=${msg('QR code that opens our LINE account')}>
      ${svg`<rect x="-4" y="-4" width=${side} height=${side} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
    </svg>
    <figcaption class="muted">${msg('Or scan it with the phone that has LINE.')}</figcaption>
  </figure>`;
}
