const a = -0;
const b = -0.0;
