//! Configuration computed at compile time.

/// The smallest power of two that holds `wanted` items.
fn powerOfTwoAtLeast(comptime wanted: usize) usize {
    var n: usize = 1;
    while (n < wanted) n *= 2;
    return n;
}

pub const capacity = powerOfTwoAtLeast(5);
