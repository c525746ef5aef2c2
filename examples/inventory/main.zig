//! zcu's bundled example: a small inventory without std, spread over four files.
//! It exercises containers (structs, enums), generics (a type-returning function), comptime (a
//! configuration computed at compile time, a compile-time check) and calls across files.
//!
//! Try it: `./zcu watch examples/inventory/main.zig -fincremental --debug-incremental`, then edit a file.
//! Un-comment the marked line in `run` to introduce a compile error; comment it out again to fix it.
const config = @import("config.zig");
const list = @import("list.zig");
const shapes = @import("shapes.zig");

/// One stored thing.
const Item = struct {
    id: u32,
    weight: u16,
    shape: shapes.Shape,
};

/// The inventory: a list of at most `config.capacity` items.
const Inventory = list.BoundedList(Item, config.capacity);

fn totalWeight(inventory: *const Inventory) u32 {
    var total: u32 = 0;
    for (inventory.slice()) |item| {
        total += item.weight;
    }
    return total;
}

fn totalArea(inventory: *const Inventory) u32 {
    var total: u32 = 0;
    for (inventory.slice()) |item| {
        total += shapes.area(item.shape);
    }
    return total;
}

export fn run() u32 {
    var inventory = Inventory.init();
    _ = inventory.append(.{ .id = 1, .weight = 10, .shape = .{ .kind = .square, .size = 3 } });
    _ = inventory.append(.{ .id = 2, .weight = 32, .shape = .{ .kind = .triangle, .size = 4 } });
    // Un-comment the next line to introduce a compile error:
    // _ = inventory.append(.{ .id = "three", .weight = 5, .shape = .{ .kind = .square, .size = 1 } });
    return totalWeight(&inventory) + totalArea(&inventory);
}

comptime {
    if (config.capacity < 2) @compileError("the inventory must hold at least two items");
}
