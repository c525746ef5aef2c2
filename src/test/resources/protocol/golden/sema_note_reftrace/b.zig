pub fn foo() u32 {
    return "hello";
}
