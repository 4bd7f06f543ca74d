import { waitUntil } from '@open-wc/testing';

/** Text of a shadow root and of the shadow roots of the elements inside it (a journey's widgets). */
function deepText(root: ShadowRoot): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if ((node as Element).shadowRoot) text += ` ${deepText((node as Element).shadowRoot!)} `;
  }
  return text;
}

/** The text a shopper would read in an element, nested widgets included, whitespace folded. */
export function shownText(element: Element): string {
  return (element.shadowRoot ? deepText(element.shadowRoot) : '').replace(/\s+/g, ' ').trim();
}

export function shadowQuery<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function shadowQueryAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export async function waitForText(element: Element, text: string, timeout = 3000): Promise<void> {
  await waitUntil(() => shownText(element).includes(text), `"${text}" to appear in <${element.localName}>`, {
    timeout,
  });
}

/** Finds a button or link by its visible text, as a shopper would. */
export function byText<T extends HTMLElement = HTMLElement>(element: Element, selector: string, text: string): T {
  const found = shadowQueryAll<T>(element, selector).find((candidate) =>
    candidate.textContent?.replace(/\s+/g, ' ').includes(text),
  );
  if (!found) throw new Error(`No ${selector} with "${text}" in <${element.localName}>`);
  return found;
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function blur(input: HTMLElement): void {
  input.dispatchEvent(new FocusEvent('blur'));
}
