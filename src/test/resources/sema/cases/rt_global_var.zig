var counter: u32 = 0;
export fn f() u32 {
    counter += 1;
    return counter;
}
