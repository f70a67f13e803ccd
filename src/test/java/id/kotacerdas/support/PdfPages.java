package id.kotacerdas.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Leaves a generated PDF and its pages as PNG images under {@code target/pdf/} for a person to look at. The
 * images come from {@code pdftoppm} (Debian's poppler-utils, which {@code .ci/run} installs); without it only
 * the PDF is written, and the test says so.
 */
public final class PdfPages {

    private static final Path OUT = Path.of("target", "pdf");

    private PdfPages() {}

    /** Writes {@code name}.pdf and, when pdftoppm is installed, {@code name}-N.png per page; returns the images. */
    public static List<Path> keep(String name, byte[] pdf) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process process;
        try {
            process = new ProcessBuilder(
                            "pdftoppm",
                            "-r",
                            "72",
                            "-png",
                            file.toString(),
                            OUT.resolve(name).toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            System.out.println("pdftoppm not found (apt-get install poppler-utils): no page images of " + file);
            return List.of();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pdftoppm failed on " + file + ": "
                    + new String(process.getInputStream().readAllBytes()));
        }
        try (Stream<Path> files = Files.list(OUT)) {
            return files.filter(p -> p.getFileName().toString().matches(name + "-\\d+\\.png"))
                    .sorted()
                    .toList();
        }
    }
}
