package id.kotacerdas.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed text fonts lent to one rendering at a time, kept for the next, their glyph substitution off. */
class TextFontsTest {

    @TempDir
    Path dir;

    @Test
    void a_set_given_back_is_lent_again_instead_of_parsing_the_fonts_anew() throws IOException {
        TextFonts fonts = new TextFonts(Map.of(400, font("DejaVuSans.ttf")));

        Map<Integer, TrueTypeFont> first = fonts.borrow();
        fonts.giveBack(first);

        assertThat(fonts.borrow()).isSameAs(first);
    }

    @Test
    void two_renderings_at_once_never_share_a_set() throws IOException {
        TextFonts fonts = new TextFonts(Map.of(400, font("DejaVuSans.ttf")));

        Map<Integer, TrueTypeFont> one = fonts.borrow();
        Map<Integer, TrueTypeFont> other = fonts.borrow();

        assertThat(other.get(400)).isNotSameAs(one.get(400));
    }

    @Test
    void the_fonts_draw_each_letter_as_itself_without_ligatures() throws IOException {
        TextFonts fonts = new TextFonts(Map.of(400, font("DejaVuSans.ttf"), 700, font("DejaVuSans-Bold.ttf")));

        assertThat(fonts.borrow().values())
                .hasSize(2)
                .allSatisfy(ttf -> assertThat(ttf.isEnableGsub()).isFalse());
    }

    @Test
    void no_more_sets_are_kept_than_a_few_renderings_at_once_need() throws IOException {
        TextFonts fonts = new TextFonts(Map.of(400, font("DejaVuSans.ttf")));
        List<Map<Integer, TrueTypeFont>> lent = new ArrayList<>();
        for (int i = 0; i <= TextFonts.KEEP; i++) {
            lent.add(fonts.borrow());
        }
        for (Map<Integer, TrueTypeFont> set : lent) {
            fonts.giveBack(set);
        }

        List<Map<Integer, TrueTypeFont>> again = new ArrayList<>();
        for (int i = 0; i <= TextFonts.KEEP; i++) {
            again.add(fonts.borrow());
        }
        assertThat(again.subList(0, TextFonts.KEEP)).containsExactlyElementsOf(lent.subList(0, TextFonts.KEEP));
        assertThat(again.get(TextFonts.KEEP)).isNotIn(lent);
    }

    private File font(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fonts/" + name)) {
            Files.copy(in, file);
        }
        return file.toFile();
    }
}
