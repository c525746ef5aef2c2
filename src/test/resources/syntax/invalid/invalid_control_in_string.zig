const s = "ab";
