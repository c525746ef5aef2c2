package dev.zcu.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.debug.ReplCommand.Malformed;
import dev.zcu.debug.ReplCommand.Problem;
import dev.zcu.sema.AnalUnit;
import org.junit.jupiter.api.Test;

class ReplCommandTest {

    @Test
    void parsesEachCommandAndItsArgument() {
        assertEquals(ReplCommand.Help.INSTANCE, ReplCommand.parse("help"));
        assertEquals(ReplCommand.Summary.INSTANCE, ReplCommand.parse(" summary\r\n"));
        assertEquals(ReplCommand.Quit.INSTANCE, ReplCommand.parse("quit"));
        assertEquals(new ReplCommand.NavInfo(12), ReplCommand.parse("nav_info 12"));
        assertEquals(new ReplCommand.TypeInfo(7), ReplCommand.parse("type_info 7"));
        assertEquals(new ReplCommand.TypeNamespace(1_000), ReplCommand.parse("type_namespace 1_000"));
        assertEquals(new ReplCommand.UnitInfo(AnalUnit.func(3)), ReplCommand.parse("unit_info func 3"));
        assertEquals(new ReplCommand.UnitDependencies(AnalUnit.comptime(0)),
                ReplCommand.parse("unit_dependencies comptime 0"));
        assertEquals(new ReplCommand.UnitTrace(AnalUnit.memoizedState(AnalUnit.MemoizedStateStage.ASSEMBLY)),
                ReplCommand.parse("unit_trace memoized_state assembly"));
        assertEquals(new ReplCommand.FindNav(new NamePattern("foo", true, false)), ReplCommand.parse("find_nav ^foo"));
        assertEquals(new ReplCommand.Unknown("nope"), ReplCommand.parse("nope 1 2"));
        assertEquals(new ReplCommand.Unknown(""), ReplCommand.parse("\0\0"));
    }

    @Test
    void malformedArguments() {
        assertEquals(new Malformed(Problem.NAV_INDEX), ReplCommand.parse("nav_info 0x10"));
        assertEquals(new Malformed(Problem.IP_INDEX), ReplCommand.parse("type_info 4294967296"));
        assertEquals(new Malformed(Problem.ANAL_UNIT), ReplCommand.parse("unit_trace type"));
        assertEquals(new Malformed(Problem.BAD_USAGE), ReplCommand.parse("find_type"));
    }

    @Test
    void namePatternsSliceAnchorsAsTheSeed() {
        assertEquals(new NamePattern("", true, false), NamePattern.parse("^"));
        assertEquals(new NamePattern("", false, true), NamePattern.parse("$"));
        assertEquals(new NamePattern("", true, true), NamePattern.parse("^$"));
        assertEquals(new NamePattern("a^b", false, false), NamePattern.parse("a^b"));
        NamePattern exact = NamePattern.parse("^main.Foo$");
        assertTrue(exact.matches("main.Foo"));
        assertFalse(exact.matches("main.Foo.Bar"));
        assertTrue(NamePattern.parse("Foo").matches("main.Foo.Bar"));
        assertTrue(NamePattern.parse("Bar$").matches("main.Foo.Bar"));
        assertFalse(NamePattern.parse("^Foo").matches("main.Foo"));
        assertTrue(NamePattern.parse("^").matches("anything"));
    }
}
