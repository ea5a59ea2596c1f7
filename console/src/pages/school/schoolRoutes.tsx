import type { RouteObject } from 'react-router';
import { TodoPage } from './TodoPage';

/** The school clerk's pages, under /school (see layout/schoolMenu.tsx for their names). */
export const schoolRoutes: RouteObject[] = [{ index: true, element: <TodoPage /> }];
