/**
 * Focus and title management for route changes: after the user moves to another page, focus goes
 * to that page's h1 (so screen readers announce it) and the document title names the page.
 */
import { Heading1 } from '@utrecht/component-library-react';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { nl } from '../../i18n/nl.ts';

interface RouteFocus {
  /** True between a route change and the moment the new page's heading took focus. */
  pending: { current: boolean };
}

const RouteFocusContext = createContext<RouteFocus | null>(null);

export const RouteFocusProvider = ({ children }: { children: ReactNode }) => {
  const pending = useRef(false);
  const { pathname } = useLocation();
  // The first page load keeps the browser's own focus start, so the skip link comes first.
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    pending.current = true;
    window.scrollTo(0, 0);
  }, [pathname]);
  const value = useMemo(() => ({ pending }), []);
  return <RouteFocusContext.Provider value={value}>{children}</RouteFocusContext.Provider>;
};

/** The one h1 of a page. `title` (default: the heading text) also names the browser tab. */
export const PageHeading = ({ children, title }: { children: string; title?: string }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  const focus = useContext(RouteFocusContext);
  const documentTitle = title ?? children;

  useEffect(() => {
    document.title = nl.documentTitle(documentTitle);
  }, [documentTitle]);

  useEffect(() => {
    if (focus?.pending.current && ref.current) {
      focus.pending.current = false;
      ref.current.focus({ preventScroll: true });
    }
  });

  return (
    <Heading1 ref={ref} tabIndex={-1} className="werkplein-page-heading">
      {children}
    </Heading1>
  );
};
