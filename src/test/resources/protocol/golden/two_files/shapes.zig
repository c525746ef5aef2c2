pub const Square = struct {
    side: u32,

    pub fn area(self: Square) u32 {
        return self.side * self.side;
    }
};
