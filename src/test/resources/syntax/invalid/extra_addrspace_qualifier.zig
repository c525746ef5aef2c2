const P = *addrspace(.generic) addrspace(.generic) u8;
