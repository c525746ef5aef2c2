const F = fn () !void;
