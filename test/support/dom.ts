import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

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

/**
 * A click as a shopper makes it, through the browser's own input (a user
 * activation), for what the browser allows only then: Safari writes to the
 * clipboard only from a real click, never from `element.click()`.
 */
export async function shopperClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

/**
 * What the clipboard holds, where the browser lets a test read it: Chromium and Firefox do; WebKit reads only
 * after a paste gesture, so there the widget's own "copied" is the evidence.
 */
export async function clipboardText(): Promise<string | undefined> {
  try {
    return await navigator.clipboard.readText();
  } catch (error) {
    if (
      error instanceof DOMException &&
      error.name === 'NotAllowedError' &&
      /AppleWebKit/.test(navigator.userAgent) &&
      !/Chrome/.test(navigator.userAgent)
    )
      return undefined;
    throw error;
  }
}
