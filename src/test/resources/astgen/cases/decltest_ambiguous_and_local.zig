const a = 1;
const S = struct {
    const a = 2;
    test a {}
};
