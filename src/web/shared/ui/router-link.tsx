/**
 * Utrecht links that navigate inside the single-page app: a real href (so open-in-new-tab and
 * screen readers work) and a click handler from the router.
 */
import {
  ButtonLink,
  Link,
  NavListLink,
  type ButtonLinkProps,
  type LinkProps,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, useLocation, type To } from 'react-router';

interface RouterLinkOwnProps {
  to: To;
  children?: ReactNode;
}

export const RouterLink = ({ to, children, ...rest }: RouterLinkOwnProps & Omit<LinkProps, 'href'>) => {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link {...rest} href={href} onClick={onClick}>
      {children}
    </Link>
  );
};

export const RouterButtonLink = ({
  to,
  children,
  ...rest
}: RouterLinkOwnProps & Omit<ButtonLinkProps, 'href'>) => {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink {...rest} href={href} onClick={onClick}>
      {children}
    </ButtonLink>
  );
};

/** A navigation item that says when it is the current page (aria-current), not by colour alone. */
export const RouterNavListLink = ({
  to,
  children,
  isCurrent,
}: RouterLinkOwnProps & { isCurrent?: (pathname: string) => boolean }) => {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  const { pathname } = useLocation();
  const current = isCurrent ? isCurrent(pathname) : pathname === href;
  return (
    <NavListLink href={href} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </NavListLink>
  );
};
