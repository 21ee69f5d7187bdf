/**
 * Creating, recomputing, approving and cancelling runs take this lock, so
 * period checks and status changes never interleave between processes.
 */
export const PAY_RUNS_LOCK = "artisan-pay-runs"
