// The benchmarks' one percentile: nearest rank over times sorted ascending (p in 0–100).
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
