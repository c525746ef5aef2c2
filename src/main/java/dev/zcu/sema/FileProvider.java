package dev.zcu.sema;

/**
 * How the Zcu reaches files it does not own: the compilation resolves an {@code @import} operand (a path relative
 * to the importing file, or a module name: {@code std}, {@code builtin}, {@code root}), loads, parses and lowers
 * the file, and answers its file index (sema does no I/O).
 */
public interface FileProvider {

    /**
     * The outcome of resolving one {@code @import}: a file index, or the error zig reports at the operand (with
     * the index of the file when the operand names one that does not exist, so that analysis can depend on it).
     */
    record Import(int file, String error) {
        public static Import of(int file) {
            return new Import(file, null);
        }

        public static Import failed(String error) {
            return new Import(-1, error);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** Resolves {@code operand} imported from file {@code from}. */
    Import importFile(int from, String operand);
}
