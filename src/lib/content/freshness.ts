/** Whether an entry is past the date its author asked for a review. Shown to readers; never fails a build. */
export function needsReview(reviewBy: Date | undefined, now: Date = new Date()): boolean {
  return reviewBy !== undefined && reviewBy.getTime() < now.getTime();
}
