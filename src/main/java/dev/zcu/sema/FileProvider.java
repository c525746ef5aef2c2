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

    /**
     * The outcome of an {@code @embedFile}: the file's bytes, or the error zig reports at the operand; {@code index}
     * names the embedded path (also when it is missing, so that its appearing outdates the unit), -1 if none.
     */
    record Embed(int index, byte[] bytes, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Reads the file {@code path} (relative to file {@code from}) for {@code @embedFile}. */
    default Embed embedFile(int from, String path) {
        return new Embed(-1, null, "zcu does not support @embedFile here yet");
    }

    /** Resolves {@code operand} imported from file {@code from}. */
    Import importFile(int from, String operand);
}
