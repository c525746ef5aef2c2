package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalUnitTest {

    @Test
    void parsesAndPrintsEveryKindAsTheSeedDoes() {
        for (String s : new String[] {"comptime 0", "nav_val 12", "nav_ty 3", "type 4294", "func 7",
                "memoized_state main", "memoized_state va_list"}) {
            assertEquals(s, AnalUnit.parse(s).orElseThrow().toString());
        }
    }

    @Test
    void rejectsMalformedUnits() {
        for (String s : new String[] {"", "func", "func ", "func x", "func -1", "fn 1", "func 1 2",
                "memoized_state nope", "type 99999999999"}) {
            assertEquals(Optional.empty(), AnalUnit.parse(s), s);
        }
    }

    @Test
    void parsesU32LikeZig() {
        assertEquals(Optional.of(1234), AnalUnit.parseU32("1_234"));
        assertEquals(Optional.of(5), AnalUnit.parseU32("+5"));
        assertTrue(AnalUnit.parseU32("_1").isEmpty());
        assertTrue(AnalUnit.parseU32("1__2").isEmpty());
    }
}
