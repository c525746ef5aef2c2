const U = union(enum { a: u8 };
