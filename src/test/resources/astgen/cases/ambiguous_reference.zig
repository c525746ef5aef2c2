const a = 1;
const S = struct {
    const a = 2;
    fn get() u32 {
        return a;
    }
};
