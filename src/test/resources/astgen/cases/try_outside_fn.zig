fn h() !u32 {
    return 1;
}
const y = try h();
