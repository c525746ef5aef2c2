package dev.zcu.zir;

/**
 * An {@code @import} or {@code @embedFile} of a file, with the string token where it appears.
 *
 * @param path      the string operand, unescaped
 * @param token     the string literal token
 * @param embed     {@code @embedFile} rather than {@code @import}
 */
public record ZirImport(String path, int token, boolean embed) {}
