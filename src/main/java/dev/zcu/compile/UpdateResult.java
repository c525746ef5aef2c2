package dev.zcu.compile;

import dev.zcu.protocol.ErrorBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@link Compilation#update()}.
 *
 * @param generation       the generation this update ran as (0 for the first)
 * @param errors           every error a clean build of the same files would report; empty when none
 * @param stats            what the update did
 * @param fileSystemInputs the files the compilation read, for {@code file_system_inputs} and watching
 */
public record UpdateResult(int generation, ErrorBundle errors, UpdateStats stats, List<Path> fileSystemInputs) {
    public UpdateResult {
        fileSystemInputs = List.copyOf(fileSystemInputs);
    }
}
