package dev.zcu.zir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The old→new map of one file's tracked declarations across an edit (Zig's {@code updateZirRefs} /
 * {@code mapOldZirToNew}): declarations are matched by key (name and nesting; anonymous containers by position
 * among their declaration's containers), so a declaration that moved keeps its identity.
 *
 * @param oldToNew  old declaration index → new declaration index, for every surviving declaration
 * @param added     new declaration indices without an old counterpart
 * @param removed   old declaration indices without a new counterpart
 * @param changed   old declaration indices whose source hash differs from their new counterpart's
 * @param containersOldToNew old container index → new container index
 * @param containersChanged  old container indices whose source hash changed
 * @param namespacesChanged  old container indices whose namespace (names, pub-ness) changed
 */
public record ZirMap(Map<Integer, Integer> oldToNew, List<Integer> added, List<Integer> removed,
                     List<Integer> changed, Map<Integer, Integer> containersOldToNew,
                     List<Integer> containersChanged, List<Integer> namespacesChanged) {

    /** Maps {@code old} onto {@code now}. */
    public static ZirMap between(Zir old, Zir now) {
        Map<String, Integer> newByKey = new HashMap<>();
        for (int i = 0; i < now.decls().size(); i++) newByKey.put(now.decls().get(i).key(), i);
        Map<Integer, Integer> map = new LinkedHashMap<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < old.decls().size(); i++) {
            ZirDecl d = old.decls().get(i);
            Integer n = newByKey.remove(d.key());
            if (n == null || now.decls().get(n).kind() != d.kind()) {
                removed.add(i);
                continue;
            }
            map.put(i, n);
            if (now.decls().get(n).srcHash() != d.srcHash()) changed.add(i);
        }
        List<Integer> added = new ArrayList<>(newByKey.values());
        added.sort(Integer::compare);
        Map<String, Integer> newContainers = new HashMap<>();
        for (int i = 0; i < now.containers().size(); i++) newContainers.put(now.containers().get(i).key(), i);
        Map<Integer, Integer> cmap = new LinkedHashMap<>();
        List<Integer> cchanged = new ArrayList<>();
        List<Integer> nschanged = new ArrayList<>();
        for (int i = 0; i < old.containers().size(); i++) {
            ZirContainer c = old.containers().get(i);
            Integer n = newContainers.get(c.key());
            if (n == null) continue;
            cmap.put(i, n);
            ZirContainer nc = now.containers().get(n);
            if (nc.srcHash() != c.srcHash()) cchanged.add(i);
            if (nc.namespaceHash() != c.namespaceHash()) nschanged.add(i);
        }
        return new ZirMap(map, added, removed, changed, cmap, cchanged, nschanged);
    }
}
