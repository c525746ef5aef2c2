const s = "abc\qdef";
