import type { ReactNode } from 'react';

/** One entry of the side menu: the page's path (absolute, e.g. `/imports`), its Chinese name, an icon. */
export interface ConsoleMenuItem {
  path: string;
  label: string;
  icon?: ReactNode;
}
