// Benchmark of the analyst results page (issue 5: "100,000 stored responses on MySQL/MariaDB: under 3 s cold,
// under 50 ms cached"). Single-file program (JDK 17), run against the portal's shaded jar:
//
//   java -cp portal/target/portal-0.1.0-SNAPSHOT.jar docs/benchmarks/analysis/AnalysisBench.java <command> ...
//
// The jar gives Connector/J, the definitions engine (to generate valid answers from the stored questionnaire) and
// the admin classes (PasswordHashing for the analyst's password; ResponseCells, called by reflection, for the
// per-query timings of exactly the SQL the server runs). See docs/benchmarks/analysis/run.sh.
//
// Commands
//   seed <jdbcUrl> <user> <password> <n> <seed>
//       After the server has started once on the database (Flyway, shipped questionnaire synced): a consultation
//       running the latest published version of community-safety-survey, n SUBMITTED responses with their answer
//       rows (multi-row JDBC batches, explicit ids, a commit every 1000 responses), a margin set (ward x age band x
//       sex, population 150,000 on each margin), a weighting scheme (ward, age_band, sex; missing answers DROP) and
//       an ANALYST account (bench-analyst / bench-analyst-password-2026). Prints "consultation=<id> scheme=<id>".
//   time <baseUrl> <username> <password> <consultationId> <schemeId> <repeats> [<jdbcUrl> <user> <password>]
//       Signs in over HTTP, then GETs the results page: once (cold) and <repeats> more (cached), then the same with
//       &by=ward, then the ranked concerns page (500 re-raked replicates, on the cells already counted); with JDBC
//       arguments, then inserts one more response (the cache key's data fingerprint moves on)
//       and GETs all three again (cold on a warm JVM) and <repeats> more cached. Every answer must be 200 and contain
//       "Results".
//   queries <jdbcUrl> <user> <password> <consultationId> <runs> [explain]
//       Runs ResponseCells.count (the server's own class and SQL) on a plain JDBC connection <runs> times, timing
//       each statement (execute + fetching every row, which includes counting each row as it comes); then the same
//       rows streamed with nothing counted; with "explain", prints EXPLAIN and ANALYZE of each statement.
//   rows <jdbcUrl> <user> <password> <consultationId>
//       Row counts of the consultation's responses and answer rows.

import uk.gov.safervoices.admin.account.PasswordHashing;
import uk.gov.safervoices.admin.response.CodedAnswers;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.answers.Visibility;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AnalysisBench {
    static final String QUESTIONNAIRE = "community-safety-survey";
    static final String USERNAME = "bench-analyst";
    static final String PASSWORD = "bench-analyst-password-2026";
    static final String[] AGE_BANDS = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"};
    static final int[] BAND_MIN = {16, 25, 35, 45, 55, 65, 75};
    static final int[] BAND_MAX = {24, 34, 44, 54, 64, 74, 95};
    /** Sample: older people over-represented. Population shares below. */
    static final double[] SAMPLE_AGE = {0.04, 0.08, 0.12, 0.17, 0.21, 0.23, 0.15};
    static final double[] POPULATION_AGE = {0.14, 0.19, 0.17, 0.16, 0.14, 0.11, 0.09};
    static final double POPULATION = 150_000;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: AnalysisBench seed|time|queries|rows ... (see the top of the file)");
            System.exit(2);
        }
        switch (args[0]) {
            case "seed" -> Seed.run(args[1], args[2], args[3], Integer.parseInt(args[4]), Long.parseLong(args[5]));
            case "time" -> Time.run(args[1], args[2], args[3], Long.parseLong(args[4]), Long.parseLong(args[5]),
                    Integer.parseInt(args[6]), args.length > 9 ? Arrays.copyOfRange(args, 7, 10) : null);
            case "queries" -> Queries.run(args[1], args[2], args[3], Long.parseLong(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 && args[6].equals("explain"));
            case "rows" -> rows(args[1], args[2], args[3], Long.parseLong(args[4]));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        String full = url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")
                ? url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true" : url;
        return DriverManager.getConnection(full, user, password);
    }

    static long one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    record Stored(long questionnaireId, long versionId, Questionnaire definition) {
    }

    /** The latest published version of the shipped questionnaire, parsed from the stored YAML. */
    static Stored stored(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT q.id, v.id, v.source_yaml FROM questionnaire q"
                + " JOIN questionnaire_version v ON v.questionnaire_id = q.id WHERE q.questionnaire_key = ?"
                + " AND v.status = 'PUBLISHED' ORDER BY v.version_number DESC")) {
            s.setString(1, QUESTIONNAIRE);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no published version of " + QUESTIONNAIRE
                            + ": start the server once on this database first");
                }
                Questionnaire definition = new QuestionnaireLoader(DefinitionLibrary.shipped())
                        .parse(r.getString(3), QUESTIONNAIRE + ".yaml").orThrow();
                return new Stored(r.getLong(1), r.getLong(2), definition);
            }
        }
    }

    static void rows(String url, String user, String password, long consultationId) throws SQLException {
        try (Connection c = connect(url, user, password)) {
            String in = " WHERE response_id IN (SELECT id FROM response WHERE consultation_id = ?)";
            System.out.printf("rows consultation=%d responses=%d submitted=%d response_answer=%d"
                            + " response_equality_answer=%d response_answer_all=%d response_equality_answer_all=%d%n",
                    consultationId, one(c, "SELECT COUNT(*) FROM response WHERE consultation_id = ?", consultationId),
                    one(c, "SELECT COUNT(*) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED'",
                            consultationId),
                    one(c, "SELECT COUNT(*) FROM response_answer" + in, consultationId),
                    one(c, "SELECT COUNT(*) FROM response_equality_answer" + in, consultationId),
                    one(c, "SELECT COUNT(*) FROM response_answer"),
                    one(c, "SELECT COUNT(*) FROM response_equality_answer"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // seed

    static final class Seed {
        static final int COMMIT_EVERY = 1000;

        static void run(String url, String user, String password, int n, long seed) throws Exception {
            long started = System.nanoTime();
            try (Connection c = connect(url, user, password)) {
                c.setAutoCommit(false);
                Stored stored = stored(c);
                Questionnaire q = stored.definition();
                Set<String> equality = new HashSet<>();
                for (Section section : q.sections()) {
                    if (section.equality()) {
                        section.questions().forEach(x -> equality.add(x.id()));
                    }
                }
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                long consultationId = consultation(c, stored, seed, now);
                Generator generator = new Generator(q, new Random(seed));
                CodedAnswers codes = CodedAnswers.of(q);
                long responseId = one(c, "SELECT COALESCE(MAX(id), 0) FROM response") + 1;
                long answerId = one(c, "SELECT COALESCE(MAX(id), 0) FROM response_answer") + 1;
                long equalityId = one(c, "SELECT COALESCE(MAX(id), 0) FROM response_equality_answer") + 1;
                String answerColumns = " (id, response_id, question_id, item_id, choice_id, rank_position,"
                        + " number_value, text_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
                long mainRows = 0;
                long equalityRows = 0;
                Instant opened = now.minus(Duration.ofDays(60));
                try (PreparedStatement response = c.prepareStatement("INSERT INTO response (id, reference,"
                        + " consultation_id, questionnaire_version_id, channel, status, status_reason,"
                        + " idempotency_key, submitted_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement main = c.prepareStatement("INSERT INTO response_answer" + answerColumns);
                     PreparedStatement eq = c.prepareStatement("INSERT INTO response_equality_answer"
                             + answerColumns);
                     // each response's coded lines, as ResponseWriter writes them (ADR 0017)
                     PreparedStatement coded = c.prepareStatement("INSERT INTO response_coded_answers"
                             + " (response_id, answers) VALUES (?, ?)");
                     PreparedStatement equalityCoded = c.prepareStatement("INSERT INTO"
                             + " response_equality_coded_answers (response_id, answers) VALUES (?, ?)")) {
                    for (int i = 0; i < n; i++) {
                        long id = responseId++;
                        double channel = generator.random.nextDouble();
                        String ch = channel < 0.86 ? "ONLINE" : channel < 0.97 ? "PAPER" : "MEETING";
                        double status = generator.random.nextDouble();
                        String st = status < 0.985 ? "SUBMITTED" : status < 0.995 ? "DUPLICATE" : "SPAM";
                        response.setLong(1, id);
                        response.setString(2, String.format("AB%010d", id));
                        response.setLong(3, consultationId);
                        response.setLong(4, stored.versionId());
                        response.setString(5, ch);
                        response.setString(6, st);
                        response.setString(7, st.equals("SUBMITTED") ? null : "benchmark");
                        response.setString(8, ch.equals("ONLINE") ? "bench-" + seed + "-" + id : null);
                        response.setTimestamp(9, Timestamp.from(opened.plusSeconds(
                                (long) (generator.random.nextDouble() * 59 * 86400))));
                        response.setString(10, ch.equals("ONLINE") ? null : "bench-entry");
                        response.addBatch();
                        List<AnswerRow> codedMain = new ArrayList<>();
                        List<AnswerRow> codedEquality = new ArrayList<>();
                        for (Map.Entry<String, Answer> answer : generator.next().entrySet()) {
                            Question question = q.question(answer.getKey()).orElseThrow();
                            boolean isEquality = equality.contains(question.id());
                            for (AnswerRow row : AnswerRows.toRows(question, answer.getValue())) {
                                PreparedStatement s = isEquality ? eq : main;
                                s.setLong(1, isEquality ? equalityId++ : answerId++);
                                s.setLong(2, id);
                                s.setString(3, row.questionId());
                                s.setString(4, row.itemId());
                                s.setString(5, row.choiceId());
                                s.setObject(6, row.rank(), Types.INTEGER);
                                s.setObject(7, row.number(), Types.BIGINT);
                                s.setString(8, row.text());
                                s.setObject(9, row.date(), Types.DATE);
                                s.addBatch();
                                (isEquality ? codedEquality : codedMain).add(row);
                                if (isEquality) {
                                    equalityRows++;
                                } else {
                                    mainRows++;
                                }
                            }
                        }
                        coded.setLong(1, id);
                        coded.setString(2, codes.encode(codedMain));
                        coded.addBatch();
                        equalityCoded.setLong(1, id);
                        equalityCoded.setString(2, codes.encode(codedEquality));
                        equalityCoded.addBatch();
                        if ((i + 1) % COMMIT_EVERY == 0 || i + 1 == n) {
                            response.executeBatch();
                            main.executeBatch();
                            eq.executeBatch();
                            coded.executeBatch();
                            equalityCoded.executeBatch();
                            c.commit();
                            if ((i + 1) % 20_000 == 0) {
                                System.err.printf("  seeded %d/%d responses (%.0f s)%n", i + 1, n,
                                        (System.nanoTime() - started) / 1e9);
                            }
                        }
                    }
                }
                long marginSetId = margins(c, seed, now);
                long schemeId = scheme(c, seed, marginSetId, now);
                analyst(c, now);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE analysis_revision SET revision = revision + 1 WHERE id = 1");
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                        s.execute("ANALYZE TABLE response, response_answer, response_equality_answer");
                    }
                }
                System.out.printf("seed responses=%d response_answer_rows=%d response_equality_answer_rows=%d"
                                + " seconds=%.1f%n", n, mainRows, equalityRows, (System.nanoTime() - started) / 1e9);
                System.out.printf("consultation=%d scheme=%d version=%d margin_set=%d%n", consultationId, schemeId,
                        stored.versionId(), marginSetId);
            }
        }

        static long consultation(Connection c, Stored stored, long seed, Instant now) throws SQLException {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO consultation (slug, title, summary, opens_at,"
                    + " closes_at, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, "analysis-bench-" + seed);
                s.setString(2, "Analysis benchmark " + seed);
                s.setString(3, "Responses generated by docs/benchmarks/analysis/AnalysisBench.java.");
                s.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(60))));
                s.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(1))));
                s.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(61))));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO consultation_questionnaire (consultation_id,"
                    + " questionnaire_id, position) VALUES (?, ?, 0)")) {
                s.setLong(1, id);
                s.setLong(2, stored.questionnaireId());
                s.executeUpdate();
            }
            c.commit();
            return id;
        }

        /** Margins for ward, age band and sex, each totalling 150,000 (ward sizes vary by up to +-30 %). */
        static long margins(Connection c, long seed, Instant now) throws SQLException {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO margin_set (name, area, source, uploaded_by,"
                    + " uploaded_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, "Benchmark margins " + seed);
                s.setString(2, "Example Borough");
                s.setString(3, "Synthetic, AnalysisBench.java");
                s.setString(4, "bench");
                s.setTimestamp(5, Timestamp.from(now));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Random random = new Random(seed + 7);
            double[] ward = new double[16];
            double sum = 0;
            for (int w = 0; w < 16; w++) {
                ward[w] = 0.7 + 0.6 * random.nextDouble();
                sum += ward[w];
            }
            Map<String, double[]> margins = new LinkedHashMap<>();
            List<String> categories = new ArrayList<>();
            int position = 0;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO margin_population (margin_set_id, variable,"
                    + " category, position, population) VALUES (?, ?, ?, ?, ?)")) {
                long total = 0;
                for (int w = 0; w < 16; w++) {
                    long population = w == 15 ? (long) POPULATION - total : Math.round(POPULATION * ward[w] / sum);
                    total += population;
                    add(s, id, "ward", String.format("E05099%03d", w + 1), position++, population);
                }
                total = 0;
                for (int b = 0; b < AGE_BANDS.length; b++) {
                    long population = b == AGE_BANDS.length - 1 ? (long) POPULATION - total
                            : Math.round(POPULATION * POPULATION_AGE[b]);
                    total += population;
                    add(s, id, "age_band", AGE_BANDS[b], position++, population);
                }
                add(s, id, "sex", "female", position++, 76_500);
                add(s, id, "sex", "male", position++, 73_500);
                s.executeBatch();
            }
            return id;
        }

        static void add(PreparedStatement s, long id, String variable, String category, int position,
                        double population) throws SQLException {
            s.setLong(1, id);
            s.setString(2, variable);
            s.setString(3, category);
            s.setInt(4, position);
            s.setDouble(5, population);
            s.addBatch();
        }

        static long scheme(Connection c, long seed, long marginSetId, Instant now) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO weighting_scheme (name, margin_set_id,"
                    + " variables, missing_answers, rescale_totals, trim_lower, trim_upper, minimum_base, updated_by,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, "Benchmark: ward, age band, sex " + seed);
                s.setLong(2, marginSetId);
                s.setString(3, "ward,age_band,sex");
                s.setString(4, "DROP");
                s.setBoolean(5, false);
                s.setNull(6, Types.DOUBLE);
                s.setNull(7, Types.DOUBLE);
                s.setInt(8, 50);
                s.setString(9, "bench");
                s.setTimestamp(10, Timestamp.from(now));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        static void analyst(Connection c, Instant now) throws SQLException {
            if (one(c, "SELECT COUNT(*) FROM staff_account WHERE username = ?", USERNAME) > 0) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_account (username, display_name,"
                    + " password_hash, roles, must_change_password, failed_sign_ins, disabled, created_at,"
                    + " password_changed_at) VALUES (?, ?, ?, 'ANALYST', 0, 0, 0, ?, ?)")) {
                s.setString(1, USERNAME);
                s.setString(2, "Benchmark analyst");
                s.setString(3, new PasswordHashing().hash(PASSWORD));
                s.setTimestamp(4, Timestamp.from(now));
                s.setTimestamp(5, Timestamp.from(now));
                s.executeUpdate();
            }
        }
    }

    /**
     * Answers to every shown question, by type, from the parsed definition: skewed towards older people and women,
     * uneven across wards, with blanks; text rare.
     */
    static final class Generator {
        final Questionnaire q;
        final Random random;
        final double[] wardWeights = new double[16];

        Generator(Questionnaire q, Random random) {
            this.q = q;
            this.random = random;
            for (int w = 0; w < 16; w++) {
                wardWeights[w] = 1.0 / (1 + 0.25 * w); // the first wards answer up to 4.75 x as much as the last
            }
        }

        Map<String, Answer> next() {
            Map<String, Answer> answers = new LinkedHashMap<>();
            boolean skipsEquality = random.nextDouble() < 0.10;
            int band = pick(SAMPLE_AGE);
            for (Section section : q.sections()) {
                for (Question question : section.questions()) {
                    if (!Visibility.isShown(q, question, answers)) {
                        continue;
                    }
                    if (section.equality() && skipsEquality) {
                        continue;
                    }
                    Answer answer = answer(question, band);
                    if (answer != null) {
                        answers.put(question.id(), answer);
                    }
                }
            }
            return answers;
        }

        Answer answer(Question question, int band) {
            double blank = switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT -> 0.94;
                case AREA -> 0.04;
                default -> 0.03;
            };
            if (random.nextDouble() < blank) {
                return null;
            }
            return switch (question.type()) {
                case SCALE, SINGLE_CHOICE -> single(question);
                case MULTIPLE_CHOICE -> multiple(question);
                case GRID -> grid(question);
                case RANKING -> ranking(question);
                case SHORT_TEXT, LONG_TEXT -> new Answer.Text(TEXTS[random.nextInt(TEXTS.length)]);
                case AREA -> new Answer.Area(String.format("E05099%03d", pick(wardWeights) + 1), null);
                case WHOLE_NUMBER -> question.id().equals("age")
                        ? (random.nextDouble() < 0.03 ? new Answer.PreferNotToSay()
                        : new Answer.WholeNumber(BAND_MIN[band] + random.nextInt(BAND_MAX[band] - BAND_MIN[band] + 1)))
                        : new Answer.WholeNumber(clamp(question, 1 + random.nextInt(10)));
                case DATE -> null;
            };
        }

        static final String[] TEXTS = {"More street lighting on the high street, please.",
                "Speeding on Station Road is getting worse.", "Thank you for asking.",
                "The park is not safe after dark.", "More police on foot would help."};

        long clamp(Question question, long value) {
            if (question.min() != null) {
                value = Math.max(value, question.min());
            }
            if (question.max() != null) {
                value = Math.min(value, question.max());
            }
            return value;
        }

        Answer single(Question question) {
            List<Choice> choices = question.choices();
            if (question.id().equals("sex")) {
                double r = random.nextDouble();
                return new Answer.Single(r < 0.60 ? "female" : r < 0.98 ? "male" : Choice.PREFER_NOT_TO_SAY, null);
            }
            Choice choice = choices.get(skewed(choices.size()));
            return new Answer.Single(choice.id(), choice.specify() ? "Something else" : null);
        }

        /** Earlier choices more likely (a realistic lean), prefer-not-to-say and "don't know" rarer. */
        int skewed(int size) {
            double[] weights = new double[size];
            for (int i = 0; i < size; i++) {
                weights[i] = Math.max(0.05, 1.0 + 0.6 * Math.sin(i + 1.0) + (i == size - 1 ? -0.8 : 0));
            }
            return pick(weights);
        }

        Answer multiple(Question question) {
            List<Choice> choices = question.choices();
            List<String> chosen = new ArrayList<>();
            Choice exclusive = choices.stream().filter(Choice::exclusive).findFirst().orElse(null);
            if (exclusive != null && random.nextDouble() < 0.04) {
                return new Answer.Multiple(List.of(exclusive.id()), null);
            }
            String text = null;
            for (Choice choice : choices) {
                if (!choice.exclusive() && random.nextDouble() < (choice.specify() ? 0.03 : 0.3)) {
                    chosen.add(choice.id());
                    if (choice.specify()) {
                        text = "Another reason";
                    }
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(choices.get(0).id());
            }
            return new Answer.Multiple(chosen, text);
        }

        Answer grid(Question question) {
            Map<String, String> byItem = new LinkedHashMap<>();
            for (GridItem item : question.items()) {
                if (random.nextDouble() < 0.96) {
                    byItem.put(item.id(), question.choices().get(skewed(question.choices().size())).id());
                }
            }
            return byItem.isEmpty() ? null : new Answer.Grid(byItem);
        }

        Answer ranking(Question question) {
            List<Choice> choices = new ArrayList<>(question.choices());
            int count = 1 + random.nextInt(question.rankCount());
            List<String> ranked = new ArrayList<>();
            String text = null;
            while (ranked.size() < count) {
                Choice choice = choices.get(skewed(choices.size()));
                if (ranked.contains(choice.id()) || (choice.specify() && random.nextDouble() < 0.8)) {
                    continue;
                }
                ranked.add(choice.id());
                if (choice.specify()) {
                    text = "Parking";
                }
            }
            return new Answer.Ranking(ranked, text);
        }

        int pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // time

    static final class Time {
        static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        static final Map<String, String> COOKIES = new LinkedHashMap<>();
        static int failures;

        static void run(String base, String username, String password, long consultationId, long schemeId,
                        int repeats, String[] jdbc) throws Exception {
            signIn(base, username, password);
            String page = base + "/admin/analysis/consultations/" + consultationId + "/results?scheme=" + schemeId;
            String byWard = page + "&by=ward";
            String concerns = base + "/admin/analysis/consultations/" + consultationId + "/concerns?scheme=" + schemeId;
            series("overall", page, repeats);
            series("by_ward", byWard, repeats);
            series("concerns", concerns, repeats);
            if (jdbc != null) {
                long added = addResponse(jdbc, consultationId);
                System.out.printf("bump inserted response id=%d (copy of the latest, so the data fingerprint moves"
                        + " on)%n", added);
                series("overall_after_new_response", page, repeats);
                series("by_ward_after_new_response", byWard, repeats);
                series("concerns_after_new_response", concerns, repeats);
            }
            System.out.printf("time failures=%d%n", failures);
            if (failures > 0) {
                System.exit(1);
            }
        }

        static void series(String label, String url, int repeats) throws Exception {
            double cold = get(url);
            System.out.printf("page %s cold_ms=%.1f%n", label, cold);
            double[] cached = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                cached[i] = get(url);
            }
            double[] sorted = cached.clone();
            Arrays.sort(sorted);
            System.out.printf("page %s cached_n=%d cached_p50_ms=%.1f cached_p90_ms=%.1f cached_max_ms=%.1f"
                            + " cached_all_ms=%s%n", label, repeats, sorted[(repeats - 1) / 2],
                    sorted[(int) Math.ceil(0.9 * repeats) - 1], sorted[repeats - 1],
                    Arrays.toString(Arrays.stream(cached).map(v -> Math.round(v * 10) / 10.0).toArray()));
        }

        static double get(String url) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request(url).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || !(response.body().contains("Results")
                    || response.body().contains("concerns, ranked"))) {
                failures++;
                System.out.printf("FAIL %s status=%d bytes=%d%n", url, response.statusCode(),
                        response.body().length());
            }
            return ms;
        }

        static HttpRequest.Builder request(String url) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
            if (!COOKIES.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                COOKIES.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                builder.header("Cookie", cookie.toString());
            }
            return builder;
        }

        static void keepCookies(HttpResponse<?> response) {
            for (String header : response.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                COOKIES.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }

        static void signIn(String base, String username, String password) throws Exception {
            HttpResponse<String> form = HTTP.send(request(base + "/admin/sign-in").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(form);
            Matcher m = CSRF.matcher(form.body());
            if (form.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("sign-in page: status " + form.statusCode() + ", no csrfToken");
            }
            String body = "username=" + enc(username) + "&password=" + enc(password) + "&csrfToken=" + enc(m.group(1));
            HttpResponse<String> posted = HTTP.send(request(base + "/admin/sign-in")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(posted);
            if (posted.statusCode() != 303 || !COOKIES.containsKey("sv_staff")) {
                throw new IllegalStateException("sign-in failed: status " + posted.statusCode() + " cookies "
                        + COOKIES.keySet());
            }
            System.out.printf("signin ok as %s -> %s%n", username, posted.headers().firstValue("location").orElse(""));
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        /** One more SUBMITTED response: a copy of the consultation's latest, with its answer rows. */
        static long addResponse(String[] jdbc, long consultationId) throws SQLException {
            try (Connection c = connect(jdbc[0], jdbc[1], jdbc[2])) {
                c.setAutoCommit(false);
                long latest = one(c, "SELECT MAX(id) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED'",
                        consultationId);
                long id = one(c, "SELECT MAX(id) FROM response") + 1;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO response (id, reference, consultation_id,"
                        + " questionnaire_version_id, channel, status, submitted_at) SELECT ?, ?, consultation_id,"
                        + " questionnaire_version_id, channel, status, submitted_at FROM response WHERE id = ?")) {
                    s.setLong(1, id);
                    s.setString(2, String.format("AB%010d", id));
                    s.setLong(3, latest);
                    s.executeUpdate();
                }
                for (String table : List.of("response_coded_answers", "response_equality_coded_answers")) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (response_id, answers)"
                            + " SELECT ?, answers FROM " + table + " WHERE response_id = ?")) {
                        s.setLong(1, id);
                        s.setLong(2, latest);
                        s.executeUpdate();
                    }
                }
                for (String table : List.of("response_answer", "response_equality_answer")) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (response_id,"
                            + " question_id, item_id, choice_id, rank_position, number_value, text_value, date_value)"
                            + " SELECT ?, question_id, item_id, choice_id, rank_position, number_value, text_value,"
                            + " date_value FROM " + table + " WHERE response_id = ? ORDER BY id")) {
                        s.setLong(1, id);
                        s.setLong(2, latest);
                        s.executeUpdate();
                    }
                }
                c.commit();
                return id;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // queries: the server's ResponseCells on a recording connection

    static final class Queries {
        record Executed(String sql, List<Object> params, double executeMs, double fetchMs, long rows) {
        }

        static final List<Executed> LOG = new ArrayList<>();

        static void run(String url, String user, String password, long consultationId, int runs, boolean explain)
                throws Exception {
            try (Connection real = connect(url, user, password)) {
                Stored stored = stored(real);
                Questionnaire definition = stored.definition();
                Class<?> cellsClass = Class.forName("uk.gov.safervoices.admin.analysis.ResponseCells");
                Class<?> connectionOperations = Class.forName("io.micronaut.data.connection.ConnectionOperations");
                Class<?> connectionStatus = Class.forName("io.micronaut.data.connection.ConnectionStatus");
                Object status = Proxy.newProxyInstance(AnalysisBench.class.getClassLoader(),
                        new Class<?>[] {connectionStatus}, (p, m, a) -> switch (m.getName()) {
                            case "getConnection" -> recording(real);
                            case "hashCode" -> 0;
                            case "equals" -> p == a[0];
                            case "toString" -> "recording status";
                            default -> null;
                        });
                Object operations = Proxy.newProxyInstance(AnalysisBench.class.getClassLoader(),
                        new Class<?>[] {connectionOperations}, (p, m, a) -> {
                            if (a != null && a.length > 0 && a[a.length - 1] instanceof Function<?, ?> f) {
                                @SuppressWarnings("unchecked")
                                Function<Object, Object> callback = (Function<Object, Object>) f;
                                return callback.apply(status);
                            }
                            return switch (m.getName()) {
                                case "hashCode" -> 0;
                                case "equals" -> p == a[0];
                                case "toString" -> "recording operations";
                                default -> throw new UnsupportedOperationException(m.getName());
                            };
                        });
                // The backfill finds nothing to code (seed writes every coded line), so it needs no writer.
                Class<?> backfillClass = Class.forName("uk.gov.safervoices.admin.response.CodedAnswerBackfill");
                Class<?> writerClass = Class.forName("uk.gov.safervoices.admin.response.ResponseWriter");
                Constructor<?> backfillConstructor = backfillClass.getDeclaredConstructor(connectionOperations,
                        writerClass);
                backfillConstructor.setAccessible(true);
                Object backfill = backfillConstructor.newInstance(operations, null);
                Constructor<?> constructor = cellsClass.getDeclaredConstructor(connectionOperations, backfillClass);
                constructor.setAccessible(true);
                Object cells = constructor.newInstance(operations, backfill);
                Class<?> scopeClass = Class.forName("uk.gov.safervoices.admin.analysis.ResponseCells$Scope");
                Constructor<?> scopeConstructor = scopeClass.getDeclaredConstructor(long.class, long.class);
                scopeConstructor.setAccessible(true);
                Object scope = scopeConstructor.newInstance(consultationId, stored.versionId());
                // as Analyses.count does
                Set<String> equality = uk.gov.safervoices.admin.response.EqualityQuestions.ids(definition);
                Class<?> breakdownClass = Class.forName("uk.gov.safervoices.admin.analysis.BreakdownOption");
                Method keyColumns = breakdownClass.getDeclaredMethod("keyColumns", Questionnaire.class, Set.class,
                        breakdownClass);
                keyColumns.setAccessible(true);
                List<?> columns = (List<?>) keyColumns.invoke(null, definition, equality, null);
                Set<String> multiMain = new LinkedHashSet<>();
                Set<String> multiEquality = new LinkedHashSet<>();
                definition.questionStream().filter(x -> x.type() == QuestionType.MULTIPLE_CHOICE
                                || x.type() == QuestionType.RANKING)
                        .forEach(x -> (equality.contains(x.id()) ? multiEquality : multiMain).add(x.id()));
                Method count = cellsClass.getDeclaredMethod("count", scopeClass, CodedAnswers.class, List.class,
                        Set.class, Set.class, Map.class);
                Map<String, Integer> rankings = new LinkedHashMap<>();
                definition.questionStream().filter(x -> x.type() == QuestionType.RANKING
                        && !equality.contains(x.id()) && x.rankCount() != null)
                        .forEach(x -> rankings.put(x.id(), x.rankCount()));
                CodedAnswers codes = CodedAnswers.of(definition);
                count.setAccessible(true);
                for (int run = 1; run <= runs; run++) {
                    LOG.clear();
                    long start = System.nanoTime();
                    try {
                        count.invoke(cells, scope, codes, columns, multiMain, multiEquality, rankings);
                    } catch (InvocationTargetException e) {
                        throw (Exception) e.getCause();
                    }
                    double total = (System.nanoTime() - start) / 1e6;
                    for (int i = 0; i < LOG.size(); i++) {
                        Executed e = LOG.get(i);
                        System.out.printf("query run=%d q=%d %s execute_ms=%.0f fetch_ms=%.0f total_ms=%.0f rows=%d%n",
                                run, i + 1, describe(e.sql()), e.executeMs(), e.fetchMs(),
                                e.executeMs() + e.fetchMs(), e.rows());
                    }
                    System.out.printf("query run=%d all ResponseCells.count_ms=%.0f statements=%d%n", run, total,
                            LOG.size());
                }
                // the same rows streamed with nothing counted: what reading alone costs
                String lines = "SELECT r.id, r.channel, c.answers, e.answers FROM response r"
                        + " LEFT JOIN response_coded_answers c ON c.response_id = r.id"
                        + " LEFT JOIN response_equality_coded_answers e ON e.response_id = r.id"
                        + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ? AND r.status = 'SUBMITTED'";
                for (int run = 1; run <= runs; run++) {
                    long start = System.nanoTime();
                    long characters = 0;
                    long rows = 0;
                    try (PreparedStatement s = real.prepareStatement(lines, ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY)) {
                        if (url.startsWith("jdbc:mysql:")) {
                            s.setFetchSize(Integer.MIN_VALUE);
                        }
                        s.setLong(1, consultationId);
                        s.setLong(2, stored.versionId());
                        try (ResultSet r = s.executeQuery()) {
                            while (r.next()) {
                                rows++;
                                String main = r.getString(3);
                                String eq = r.getString(4);
                                characters += (main == null ? 0 : main.length()) + (eq == null ? 0 : eq.length());
                            }
                        }
                    }
                    System.out.printf("stream_only run=%d total_ms=%.0f rows=%d characters=%d%n", run,
                            (System.nanoTime() - start) / 1e6, rows, characters);
                }
                // the two statements every results request runs before the cache is consulted (copied from
                // Analyses.versions and Analyses.inputs)
                List<Object> cid = List.of(consultationId);
                String versions = "SELECT v.id, v.questionnaire_id, v.version_number, COUNT(*) AS responses"
                        + " FROM response r JOIN questionnaire_version v ON v.id = r.questionnaire_version_id"
                        + " WHERE r.consultation_id = ? AND r.status = 'SUBMITTED'"
                        + " GROUP BY v.id, v.questionnaire_id, v.version_number ORDER BY responses DESC, v.id DESC";
                String inputs = "SELECT (SELECT MAX(id) FROM response WHERE consultation_id = ? AND status ="
                        + " 'SUBMITTED'), (SELECT MAX(id) FROM response_equality_answer),"
                        + " (SELECT revision FROM analysis_revision WHERE id = 1)";
                for (String[] named : new String[][] {{"Analyses.versions", versions}, {"Analyses.inputs", inputs}}) {
                    for (int run = 1; run <= runs; run++) {
                        long start = System.nanoTime();
                        print(real, named[1], cid, false);
                        System.out.printf("per_request %s run=%d total_ms=%.1f%n", named[0], run,
                                (System.nanoTime() - start) / 1e6);
                    }
                }
                if (explain) {
                    System.out.printf("%n==== Analyses.versions (every request)%n%s%n", versions);
                    print(real, "EXPLAIN " + versions, cid);
                    System.out.printf("%n==== Analyses.inputs (every request)%n%s%n", inputs);
                    print(real, "EXPLAIN " + inputs, cid);
                    for (int i = 0; i < LOG.size(); i++) {
                        Executed e = LOG.get(i);
                        System.out.printf("%n==== q=%d %s%n-- params %s%n%s%n", i + 1, describe(e.sql()), e.params(),
                                e.sql());
                        print(real, "EXPLAIN " + e.sql(), e.params());
                        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                            print(real, "ANALYZE " + e.sql(), e.params());
                        }
                    }
                }
            }
        }

        static String describe(String sql) {
            return sql.contains("c.response_id IS NULL") ? "responses-without-coded-lines" : "coded-lines";
        }

        static void print(Connection c, String sql, List<Object> params) throws SQLException {
            print(c, sql, params, true);
        }

        static void print(Connection c, String sql, List<Object> params, boolean show) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                long start = System.nanoTime();
                try (ResultSet r = s.executeQuery()) {
                    ResultSetMetaData meta = r.getMetaData();
                    StringBuilder out = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        out.append(i == 1 ? "" : "\t").append(meta.getColumnLabel(i));
                    }
                    out.append('\n');
                    while (r.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(i == 1 ? "" : "\t").append(r.getString(i));
                        }
                        out.append('\n');
                    }
                    if (show) {
                        System.out.printf("-- %s (%.0f ms)%n%s", sql.substring(0, sql.indexOf(' ')),
                                (System.nanoTime() - start) / 1e6, out);
                    }
                }
            } catch (SQLException e) {
                System.out.printf("-- %s failed: %s%n", sql.substring(0, sql.indexOf(' ')), e.getMessage());
            }
        }

        static Connection recording(Connection real) {
            return (Connection) Proxy.newProxyInstance(AnalysisBench.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (p, m, a) -> {
                        Object result = invoke(real, m, a);
                        if (m.getName().equals("prepareStatement") && a.length >= 1) {
                            return recording((PreparedStatement) result, (String) a[0]);
                        }
                        return result;
                    });
        }

        static PreparedStatement recording(PreparedStatement real, String sql) {
            Map<Integer, Object> params = new java.util.TreeMap<>();
            return (PreparedStatement) Proxy.newProxyInstance(AnalysisBench.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                        if (m.getName().startsWith("set") && a != null && a.length == 2 && a[0] instanceof Integer i) {
                            params.put(i, a[1]);
                        }
                        if (m.getName().equals("executeQuery") && (a == null || a.length == 0)) {
                            long start = System.nanoTime();
                            ResultSet result = (ResultSet) invoke(real, m, a);
                            double executeMs = (System.nanoTime() - start) / 1e6;
                            return recording(result, sql, new ArrayList<>(params.values()), executeMs);
                        }
                        return invoke(real, m, a);
                    });
        }

        static ResultSet recording(ResultSet real, String sql, List<Object> params, double executeMs) {
            long start = System.nanoTime();
            long[] rows = {0};
            boolean[] logged = {false};
            return (ResultSet) Proxy.newProxyInstance(AnalysisBench.class.getClassLoader(),
                    new Class<?>[] {ResultSet.class}, (p, m, a) -> {
                        Object result = invoke(real, m, a);
                        if (m.getName().equals("next") && Boolean.TRUE.equals(result)) {
                            rows[0]++;
                        }
                        if (m.getName().equals("close") && !logged[0]) {
                            logged[0] = true;
                            LOG.add(new Executed(sql, params, executeMs, (System.nanoTime() - start) / 1e6, rows[0]));
                        }
                        return result;
                    });
        }

        static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
