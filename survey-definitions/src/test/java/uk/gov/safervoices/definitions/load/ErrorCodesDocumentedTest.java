package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/error-codes.md has a row for every code, with the code's title. */
class ErrorCodesDocumentedTest {

    @Test
    void everyCodeHasARowWithItsTitle() throws IOException {
        String doc = Files.readString(Path.of("docs/error-codes.md"));
        List<String> missing = Arrays.stream(ErrorCode.values())
                .filter(code -> !doc.contains("\n| " + code + " | " + code.title() + " |"))
                .map(code -> "| " + code + " | " + code.title() + " |").toList();
        assertEquals(List.of(), missing, "rows missing from docs/error-codes.md");
    }
}
