var single: f32 = 1.0;
var double: f64 = 2.0;
export fn widen() f64 {
    return single + double;
}
export fn narrow() f32 {
    return double;
}
