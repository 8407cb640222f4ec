import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { nl } from './i18n/nl.ts';

/** The one h1 of a page; it names the tab and takes focus after moving to another page. */
export const PageTitle = ({ children }: { children: string }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    document.title = `${children} — ${nl.appName}`;
    if (first.current) {
      first.current = false;
      if (window.history.state?.idx === 0) return;
    }
    ref.current?.focus();
  }, [children, pathname]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="portal-title">
      {children}
    </Heading1>
  );
};
