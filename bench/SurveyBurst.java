import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst of citizen survey responses for bench/faults.sh (part 5), run as a single-file program with the JDK
 * alone: {@code java bench/SurveyBurst.java BASE YEAR REGION WORKERS SECONDS OUT}. Each worker fetches a form
 * (its token) and sends varied answers of one smart dimension, as a phone would, until the time is up or the
 * app stops answering (it is killed meanwhile). OUT receives {@code created=N} (201 answers received), {@code
 * other=N} and {@code failed=N} (no answer: the app was gone).
 */
public final class SurveyBurst {

    private static final Pattern TOKEN = Pattern.compile("\"formToken\":\"([^\"]+)\"");
    private static final Pattern NO = Pattern.compile("\"no\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0] + "/api/v1/public/surveys/" + args[1] + "/" + args[2];
        int workers = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        Path out = Path.of(args[5]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, List<Integer>> dimensions = dimensions(http, base);
        List<String> codes = new ArrayList<>(dimensions.keySet());
        AtomicLong created = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                int i = worker;
                while (System.nanoTime() < until && failed.get() < workers * 3L) {
                    String code = codes.get(i++ % codes.size());
                    try {
                        int status = respond(http, base, code, dimensions.get(code));
                        (status == 201 ? created : other).incrementAndGet();
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        Files.writeString(
                out, "created=" + created.get() + "\nother=" + other.get() + "\nfailed=" + failed.get() + "\n");
    }

    /** Each smart dimension's code and its statements' numbers, in order. */
    private static Map<String, List<Integer>> dimensions(HttpClient http, String base) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
        String[] chunks = form.split("\\{\"code\":\"");
        for (int c = 1; c < chunks.length; c++) {
            String code = chunks[c].substring(0, chunks[c].indexOf('"'));
            List<Integer> numbers = new ArrayList<>();
            Matcher no = NO.matcher(chunks[c]);
            while (no.find()) {
                numbers.add(Integer.parseInt(no.group(1)));
            }
            if (!numbers.isEmpty()) {
                dimensions.put(code, numbers);
            }
        }
        if (dimensions.isEmpty()) {
            throw new IllegalStateException("No smart dimension in the form: " + form);
        }
        return dimensions;
    }

    private static int respond(HttpClient http, String base, String code, List<Integer> questions)
            throws IOException, InterruptedException {
        String address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        String form = http.send(
                        HttpRequest.newBuilder(URI.create(base + "?dimension=" + code))
                                .header("X-Forwarded-For", address)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = TOKEN.matcher(form);
        if (!token.find()) {
            return 0;
        }
        StringBuilder answers = new StringBuilder();
        for (int q = 0; q < questions.size(); q++) {
            answers.append(q == 0 ? "" : ",")
                    .append('"')
                    .append(questions.get(q))
                    .append("\":")
                    .append(ThreadLocalRandom.current().nextInt(1, 5));
        }
        String body = "{\"dimension\":\"" + code + "\",\"formToken\":\"" + token.group(1) + "\",\"answers\":{"
                + answers + "}}";
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "/responses"))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .header("X-Forwarded-For", address)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
