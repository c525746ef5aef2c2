/**
 * JMH benchmarks ({@code *Benchmark} classes, not run by Surefire): run them with {@code bench/jmh.sh};
 * figures and commands go to {@code docs/BENCHMARKS.md}.
 */
package dev.zcu.bench;
