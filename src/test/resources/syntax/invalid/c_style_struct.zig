struct Foo {
    a: u8,
};
