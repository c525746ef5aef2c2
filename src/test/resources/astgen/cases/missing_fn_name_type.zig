const T = fn foo() void;
