package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.ValueResolver;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How templates read names from view models: the one value resolver our Handlebars contexts use, in place of
 * Handlebars' default chain (map, JavaBean, any public method).
 *
 * <p>Two differences from that chain, both on purpose:
 * <ul>
 *   <li>A name missing from a {@link Map} is missing. The default chain went on to call the map's own methods by
 *   reflection, so {@code params.values} on a checkboxes' parameters without "values" returned
 *   {@code HashMap.values()}, every parameter's value, and a page view spent an eighth of its time in the JDK's
 *   reflective access checks doing so.</li>
 *   <li>Other objects (records, beans, enums) are read through accessors found once per class and name: a getter
 *   ({@code getTitle}/{@code isOpen}), else a no-argument public method of that name (a record component), else a
 *   public field. A method of a JDK class that is not public itself is called through the public interface that
 *   declares it.</li>
 * </ul>
 */
public final class ModelValueResolver implements ValueResolver {
    public static final ModelValueResolver INSTANCE = new ModelValueResolver();

    /** Marks a name a class does not have, so that a miss is cached too. */
    private static final Accessor MISSING = target -> UNRESOLVED;

    private static final ClassValue<Map<String, Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Accessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ModelValueResolver() {
    }

    /** A context over a view model that reads names with this resolver; its child contexts inherit it. */
    public static Context context(Object model) {
        return Context.newBuilder(model).resolver(INSTANCE).build();
    }

    @Override
    public Object resolve(Object context, String name) {
        if (context == null) {
            return UNRESOLVED;
        }
        if (context instanceof Map<?, ?> map) {
            Object value = map.get(name);
            return value == null ? UNRESOLVED : value;
        }
        if (context instanceof Collection<?>) {
            return UNRESOLVED;
        }
        Accessor accessor = ACCESSORS.get(context.getClass()).computeIfAbsent(name, n -> find(context.getClass(), n));
        Object value = accessor.read(context);
        return value == null ? UNRESOLVED : value;
    }

    @Override
    public Object resolve(Object context) {
        return context instanceof Map<?, ?> ? context : UNRESOLVED;
    }

    @Override
    public Set<Map.Entry<String, Object>> propertySet(Object context) {
        if (context instanceof Map<?, ?> map) {
            Map<String, Object> properties = new java.util.LinkedHashMap<>();
            map.forEach((key, value) -> properties.put(String.valueOf(key), value));
            return properties.entrySet();
        }
        return Set.of();
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object target);
    }

    private static Accessor find(Class<?> type, String name) {
        String suffix = name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + suffix, "is" + suffix, name}) {
            Method method = callable(type, candidate);
            if (method != null) {
                return target -> invoke(method, target);
            }
        }
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers()) && (Modifier.isPublic(field.getDeclaringClass().getModifiers())
                    || field.trySetAccessible())) {
                return target -> {
                    try {
                        return field.get(target);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
        } catch (NoSuchFieldException e) {
            // not a field either
        }
        return MISSING;
    }

    /** A public, no-argument, non-static method of that name, made callable without per-call access checks. */
    private static Method callable(Class<?> type, String name) {
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class) {
            return null;
        }
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers()) || method.trySetAccessible()) {
            return method;
        }
        // e.g. a JDK-internal class implementing a public interface: call the interface's method
        Deque<Class<?>> types = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> next = types.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (Modifier.isPublic(next.getModifiers())) {
                try {
                    return next.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // keep looking
                }
            }
            if (next.getSuperclass() != null) {
                types.add(next.getSuperclass());
            }
            types.addAll(java.util.List.of(next.getInterfaces()));
        }
        return null;
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + method + " in a view model", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
