import type { RouteObject } from 'react-router';
import { HistoryPage } from './HistoryPage';
import { PlanPage } from './PlanPage';
import { ResultsPage } from './ResultsPage';
import { SchoolNamedListsPage } from './SchoolNamedListsPage';
import { SchoolRulesPage } from './SchoolRulesPage';
import { SubmissionsPage } from './SubmissionsPage';
import { TodoPage } from './TodoPage';
import { TransfersPage } from './TransfersPage';

/** The school clerk's pages, under /school (see layout/schoolMenu.tsx for their names). */
export const schoolRoutes: RouteObject[] = [
  { index: true, element: <TodoPage /> },
  { path: 'plan', element: <PlanPage /> },
  { path: 'rules', element: <SchoolRulesPage /> },
  { path: 'results', element: <ResultsPage /> },
  { path: 'transfers', element: <TransfersPage /> },
  { path: 'submissions', element: <SubmissionsPage /> },
  { path: 'history', element: <HistoryPage /> },
  { path: 'named-lists', element: <SchoolNamedListsPage /> },
];
