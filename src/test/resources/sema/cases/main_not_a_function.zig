pub const main = 5;
