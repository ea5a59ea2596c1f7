/** The console path that opens one review item on its own: `/review?id=<id>` (ids hold `:` and `#`). */
export function reviewItemPath(id: string): string {
  return `/review?id=${encodeURIComponent(id)}`;
}
