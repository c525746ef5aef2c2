var byte: u8 = 1;
var amount: u16 = 1;
export fn run() u8 {
    return byte << amount;
}
