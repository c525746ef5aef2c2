const F = fn () align(4) void;
