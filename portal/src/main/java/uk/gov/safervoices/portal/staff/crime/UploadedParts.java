package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every part of a {@code multipart/form-data} form, collected: the text fields, and the files (each a name and its
 * bytes, in the order sent; empty file parts, as a browser sends for no file, are left out). Micronaut binds one
 * {@code @Part} per name, but {@code <input type="file" multiple>} sends many parts of the same name.
 */
record UploadedParts(Map<String, String> fields, List<NamedBytes> files) {

    record NamedBytes(String name, byte[] bytes) {
    }

    String field(String name) {
        return fields.get(name);
    }

    /** Completes when the whole form has arrived. */
    static CompletableFuture<UploadedParts> collect(MultipartBody body) {
        CompletableFuture<UploadedParts> collected = new CompletableFuture<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<NamedBytes> files = new ArrayList<>();
        body.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                try {
                    if (part instanceof CompletedFileUpload file) {
                        if (file.getSize() > 0) {
                            files.add(new NamedBytes(file.getFilename(), file.getBytes()));
                        }
                    } else {
                        fields.putIfAbsent(part.getName(), new String(part.getBytes(), StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    collected.completeExceptionally(new UncheckedIOException(e));
                }
            }

            @Override
            public void onError(Throwable error) {
                collected.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                collected.complete(new UploadedParts(Map.copyOf(fields), List.copyOf(files)));
            }
        });
        return collected;
    }
}
