package uk.gov.safervoices.portal.meeting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an iCalendar file back strictly enough to check one (RFC 5545 s.3.1): every line ends CRLF and is at most
 * 75 octets, continuation lines start with a space; properties are unfolded, split at the first colon outside a
 * quoted parameter, and TEXT values unescaped.
 */
final class ICalendarReader {
    private ICalendarReader() {
    }

    /** The content lines, unfolded, as name to value (the last one wins), checked as it goes. */
    static List<String[]> read(String file) {
        if (!file.endsWith("\r\n")) {
            throw new AssertionError("The file must end with CRLF");
        }
        String[] physical = file.substring(0, file.length() - 2).split("\r\n", -1);
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.contains("\n") || line.contains("\r")) {
                throw new AssertionError("A bare line break inside a line: " + line);
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("A line longer than 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        List<String[]> properties = new ArrayList<>();
        for (String line : logical) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new AssertionError("Not a content line: " + line);
            }
            properties.add(new String[]{line.substring(0, colon), line.substring(colon + 1)});
        }
        return properties;
    }

    /** The VEVENT's properties (name without parameters to raw value). */
    static Map<String, String> event(String file) {
        Map<String, String> event = new LinkedHashMap<>();
        boolean inside = false;
        for (String[] property : read(file)) {
            String name = property[0].split(";")[0];
            if (name.equals("BEGIN") && property[1].equals("VEVENT")) {
                inside = true;
            } else if (name.equals("END") && property[1].equals("VEVENT")) {
                inside = false;
            } else if (inside) {
                event.put(name, property[1]);
            }
        }
        return event;
    }

    /** A TEXT value unescaped: \\n newline, \\, \\; \\\\ as themselves. */
    static String text(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else if (c == ',' || c == ';') {
                throw new AssertionError("Unescaped " + c + " in a TEXT value: " + value);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
