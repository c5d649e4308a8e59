package org.corvee.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.people.Population;

/**
 * Bytes actually held by a built world, from the lengths of its arrays: the person columns
 * (every public array of {@link Population} indexed by person, found by reflection so a column
 * added later is counted without touching this class), the household lists and the social
 * network (CSR offsets and targets).
 */
public record Footprint(long columns, long households, long network) {

    /** Measures {@code pop} and {@code net}. */
    public static Footprint of(Population pop, SocialNetwork net) {
        long cols = 0;
        for (Field f : Population.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
                continue;
            }
            cols += bytes(read(f, pop));
        }
        return new Footprint(cols, pop.households.bytes(), net.bytes());
    }

    private static Object read(Field f, Population pop) {
        try {
            return f.get(pop);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read column " + f.getName(), e);
        }
    }

    /** Bytes held by a primitive array's elements. */
    static long bytes(Object array) {
        int n = java.lang.reflect.Array.getLength(array);
        Class<?> t = array.getClass().getComponentType();
        int size = t == byte.class || t == boolean.class ? 1 : t == short.class || t == char.class ? 2
                : t == int.class || t == float.class ? 4 : 8;
        return (long) n * size;
    }

    /** All bytes. */
    public long total() {
        return columns + households + network;
    }

    /** All bytes per agent. */
    public double perAgent(int agents) {
        return agents == 0 ? 0 : (double) total() / agents;
    }
}
