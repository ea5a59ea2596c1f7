import { ReadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { CalendarOutlined, FileTextOutlined, HistoryOutlined, ProfileOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import type { ConsoleMenuItem } from './ConsoleMenuItem';

/** The school clerk's pages, in the order of the year's work. */
export const schoolMenu: ConsoleMenuItem[] = [
  { path: '/school', label: '待办事项', icon: <CalendarOutlined /> },
  { path: '/school/plan', label: '招生计划', icon: <ProfileOutlined /> },
  { path: '/school/rules', label: '招生办法', icon: <ReadOutlined /> },
  { path: '/school/results', label: '录取数据', icon: <TeamOutlined /> },
  { path: '/school/transfers', label: '转学情况', icon: <SwapOutlined /> },
  { path: '/school/submissions', label: '我的提交', icon: <FileTextOutlined /> },
  { path: '/school/history', label: '发布历史', icon: <HistoryOutlined /> },
  { path: '/school/named-lists', label: '名单公示', icon: <UnorderedListOutlined /> },
];
