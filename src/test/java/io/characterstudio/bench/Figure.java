package io.characterstudio.bench;

/**
 * One line of the benchmark table.
 *
 * @param measured the figure in words ("median 812 ms = 1.12x baseline")
 * @param value    the number compared with the goal
 */
public record Figure(String name, String baseline, String goal, String measured, double value, boolean pass) {}
