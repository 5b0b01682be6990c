// Forms the assistant asks for: an order lookup (order number + the e-mail used for the order) and
// a hand-off to the shop's team (e-mail + question). Each becomes one chat message, worded in the
// shopper's language, which the assistant reads like any other message.
import { fill, type Strings } from '../shared/config';
import { h } from '../shared/dom';
import { nextId } from '../shared/product-card';

interface Field {
  name: string;
  label: string;
  type: 'text' | 'email' | 'textarea';
  autocomplete: string;
  value?: string;
}

function form(title: string, submitLabel: string, fields: Field[], onSubmit: (values: Record<string, string>) => void): HTMLFormElement {
  const titleId = nextId('aisle-form');
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const el = h(
    'form',
    { class: 'inline-form', 'aria-labelledby': titleId },
    h('p', { class: 'form-title', id: titleId }, title),
    fields.map((f) => {
      const id = nextId('aisle-field');
      const input =
        f.type === 'textarea'
          ? h('textarea', { id, name: f.name, required: true, rows: 3, maxlength: 1500, autocomplete: f.autocomplete })
          : h('input', {
              id,
              name: f.name,
              type: f.type,
              required: true,
              maxlength: 254,
              autocomplete: f.autocomplete,
              spellcheck: 'false',
            });
      if (f.value) input.value = f.value;
      inputs.set(f.name, input);
      return h('div', { class: 'field' }, h('label', { for: id }, f.label), input);
    }),
    h('button', { type: 'submit', class: 'primary' }, submitLabel),
  );
  el.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!el.reportValidity()) return;
    const values = Object.fromEntries([...inputs].map(([k, input]) => [k, input.value.trim()]));
    // Sent once: the form stays as a record but can't be sent again.
    el.querySelectorAll('input, textarea, button').forEach((c) => ((c as HTMLInputElement).disabled = true));
    onSubmit(values);
  });
  return el;
}

export function orderLookupForm(strings: Strings, send: (message: string) => void): HTMLFormElement {
  return form(
    strings.orderTitle,
    strings.orderSubmit,
    [
      { name: 'number', label: strings.orderNumber, type: 'text', autocomplete: 'off' },
      { name: 'email', label: strings.orderEmail, type: 'email', autocomplete: 'email' },
    ],
    (v) => send(fill(strings.orderMessage, { number: v.number, email: v.email })),
  );
}

export function handoffForm(strings: Strings, lastQuestion: string, send: (message: string) => void): HTMLFormElement {
  return form(
    strings.handoffTitle,
    strings.handoffSubmit,
    [
      { name: 'email', label: strings.handoffEmail, type: 'email', autocomplete: 'email' },
      { name: 'question', label: strings.handoffQuestion, type: 'textarea', autocomplete: 'off', value: lastQuestion },
    ],
    (v) => send(fill(strings.handoffMessage, { email: v.email, question: v.question })),
  );
}
