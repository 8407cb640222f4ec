import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export type NoticeValue = { type: 'ok' | 'error'; text: string } | null;

/**
 * The outcome of an action, announced and focused: the button that was pressed often disappears
 * with the change (a presented candidate has no "voorstellen" any more), so focus must not be lost.
 */
export const Notice = ({ notice }: { notice: NoticeValue }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      type={notice.type}
      role={notice.type === 'error' ? 'alert' : 'status'}
      className="werkplein-focus-target"
    >
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
};
