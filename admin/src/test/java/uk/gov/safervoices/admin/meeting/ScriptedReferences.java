package uk.gov.safervoices.admin.meeting;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Registration references a test lays down in advance (to repeat one already taken), then random ones as usual.
 * It replaces the random references only in test classes annotated
 * {@code @Property(name = "safervoices.test.scripted-references", value = "true")}.
 */
@Singleton
@Replaces(RegistrationReferences.class)
@Requires(property = "safervoices.test.scripted-references", value = "true")
class ScriptedReferences extends RegistrationReferences {
    private final Queue<String> next = new ConcurrentLinkedQueue<>();

    /** The next references to hand out, in order. */
    void script(String... references) {
        next.addAll(List.of(references));
    }

    /** Forgets what was laid down and not used. */
    void clear() {
        next.clear();
    }

    @Override
    String next() {
        String scripted = next.poll();
        return scripted != null ? scripted : super.next();
    }
}
