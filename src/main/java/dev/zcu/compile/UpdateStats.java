package dev.zcu.compile;

/**
 * What one update did, for the status line of {@code zcu watch}, the benchmarks and the minimality tests.
 *
 * @param filesReparsed   files whose bytes changed and were parsed and lowered again
 * @param unitsAnalysed   analysis units (re-)analysed in this update
 * @param unitsUpToDate   potentially outdated units found up to date without analysis (early cutoff)
 * @param typesCreated    container types created (new or recreated) in this update
 * @param nanos           wall time of the update
 */
public record UpdateStats(int filesReparsed, int unitsAnalysed, int unitsUpToDate, int typesCreated, long nanos) {}
