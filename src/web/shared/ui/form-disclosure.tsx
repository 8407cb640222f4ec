/**
 * A form behind a button: the dossier shows its overview first, and a "new …" form only when the
 * user asks for it. The button tells whether the form is open (aria-expanded) and which region it
 * opens (aria-controls). Opening moves focus to the form's first control; pressing the button again
 * closes it.
 *
 * The children get `done`: after a successful submit the form calls `done(message)`, which closes
 * the form, puts focus back on the button and shows the message next to it, outside the collapsed
 * region, until the form is opened again.
 */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** Closes the form and returns focus to its button; `message` is shown as a success message. */
export type DisclosureDone = (message?: string) => void;

const FIRST_CONTROL =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

export const FormDisclosure = ({
  label,
  children,
  defaultOpen = false,
}: {
  /** The button's text: the form's action, e.g. "Notitie toevoegen". */
  label: string;
  children: ReactNode | ((done: DisclosureDone) => ReactNode);
  defaultOpen?: boolean;
}) => {
  const id = useId();
  const buttonId = `${id}-button`;
  const regionId = `${id}-region`;
  const [open, setOpen] = useState(defaultOpen);
  const [message, setMessage] = useState<string | null>(null);
  // Where focus goes once the region has opened or closed; never on the first render.
  const moveFocus = useRef<'form' | 'button' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = moveFocus.current;
    moveFocus.current = null;
    if (target === 'form') region.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    if (target === 'button') button.current?.focus();
  }, [open]);

  const toggle = () => {
    if (!open) setMessage(null);
    moveFocus.current = open ? null : 'form';
    setOpen(!open);
  };
  const done: DisclosureDone = (text) => {
    setMessage(text ?? null);
    moveFocus.current = 'button';
    setOpen(false);
  };

  return (
    <div className="werkplein-form-disclosure">
      <Button
        ref={button}
        id={buttonId}
        type="button"
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={toggle}
      >
        {label}
      </Button>
      {/* Always present, so a screen reader announces the message when it appears. */}
      <div role="status">
        {message ? (
          <Alert type="ok">
            <Paragraph>{message}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <div ref={region} id={regionId} role="group" aria-labelledby={buttonId} hidden={!open}>
        {open ? (typeof children === 'function' ? children(done) : children) : null}
      </div>
    </div>
  );
};
