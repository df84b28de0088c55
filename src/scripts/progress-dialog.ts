/**
 * The confirmation dialog of roadmap progress (merge, replace, reset): a native modal <dialog>,
 * so focus stays inside, Escape cancels, and keyboard and test drivers can press its buttons.
 * Never window.confirm.
 */
import { el } from './dom.ts';

export interface Choice {
  value: string;
  label: string;
  primary?: boolean;
}

const BUTTON = 'rounded-md border px-3 py-1.5 text-sm font-medium';
const PLAIN = `${BUTTON} border-line bg-page text-ink hover:border-accent`;
const PRIMARY = `${BUTTON} border-accent bg-accent text-accent-ink`;


/** A bulleted list of lines. */
export function list(lines: string[]): HTMLUListElement {
  const ul = el('ul', '', 'list-disc space-y-1 pl-5');
  for (const line of lines) ul.append(el('li', line));
  return ul;
}

/**
 * Shows the dialog with a title, body and one button per choice; resolves with the chosen
 * value, or "cancel" when the reader presses Escape.
 */
export function ask(dialog: HTMLDialogElement, title: string, body: Node[], choices: Choice[], focus: string): Promise<string> {
  const titleEl = dialog.querySelector('[data-dialog-title]');
  const bodyEl = dialog.querySelector('[data-dialog-body]');
  const actions = dialog.querySelector('[data-dialog-actions]');
  if (!titleEl || !bodyEl || !actions) return Promise.resolve('cancel');
  titleEl.textContent = title;
  bodyEl.replaceChildren(...body);
  const buttons = choices.map((c) => {
    const b = el('button', c.label, c.primary ? PRIMARY : PLAIN);
    b.type = 'button';
    b.value = c.value;
    b.addEventListener('click', () => dialog.close(c.value));
    return b;
  });
  actions.replaceChildren(...buttons);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue || 'cancel'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    (buttons.find((b) => b.value === focus) ?? buttons[0])?.focus();
  });
}
