package id.kotacerdas.shared.pdf;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The document text's fonts, parsed once and lent to one rendering at a time: parsing DejaVu Sans for every
 * document took a third of a short report's time in a profile. A parsed font is read, never changed, by the
 * documents that embed it, but it is not safe for two threads at once, hence one set per rendering; up to
 * {@link #KEEP} sets wait for the next one, more are closed when given back.
 *
 * <p>Glyph substitution (GSUB) is off: PDFBox would rewrite every string through the font's ligature tables, a
 * fifth of a report's time, and a ligature drawn for two letters leaves them out of the text a reader copies or a
 * screen reader reads.
 */
final class TextFonts {

    static final int KEEP = 8;

    private final Map<Integer, File> files;
    private final BlockingQueue<Map<Integer, TrueTypeFont>> idle = new ArrayBlockingQueue<>(KEEP);

    /** @param files the font files by weight */
    TextFonts(Map<Integer, File> files) {
        this.files = Map.copyOf(files);
    }

    /** A set of parsed fonts by weight, for one rendering; give it back when the document is written. */
    Map<Integer, TrueTypeFont> borrow() throws IOException {
        Map<Integer, TrueTypeFont> fonts = idle.poll();
        return fonts != null ? fonts : parse();
    }

    void giveBack(Map<Integer, TrueTypeFont> fonts) throws IOException {
        if (!idle.offer(fonts)) {
            close(fonts);
        }
    }

    private Map<Integer, TrueTypeFont> parse() throws IOException {
        Map<Integer, TrueTypeFont> fonts = new TreeMap<>();
        for (Map.Entry<Integer, File> file : files.entrySet()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.getValue()));
            ttf.setEnableGsub(false);
            fonts.put(file.getKey(), ttf);
        }
        return fonts;
    }

    private static void close(Map<Integer, TrueTypeFont> fonts) throws IOException {
        for (TrueTypeFont ttf : fonts.values()) {
            ttf.close();
        }
    }
}
