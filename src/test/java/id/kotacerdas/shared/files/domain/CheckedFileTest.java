package id.kotacerdas.shared.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.support.SampleFiles;
import org.junit.jupiter.api.Test;

/**
 * A photo is checked as any evidence file is (a plain name, not empty, at most 5 MB, its type from its content),
 * and must be a JPEG or PNG image; evidence in general still takes a PDF or an office document.
 */
class CheckedFileTest {

    @Test
    void a_jpeg_or_png_is_a_photo_of_the_type_its_content_has_whatever_its_name() {
        CheckedFile jpeg = CheckedFile.image("rapat-bappeda.jpg", SampleFiles.JPEG);
        CheckedFile png = CheckedFile.image("kunjungan.jpeg", SampleFiles.PNG);

        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.content()).isEqualTo(SampleFiles.JPEG);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.name()).isEqualTo("kunjungan.jpeg");
    }

    @Test
    void a_pdf_text_or_office_document_is_no_photo_whatever_its_name() {
        assertRefused(() -> CheckedFile.image("foto.jpg", SampleFiles.PDF), "evidence.image", "application/pdf");
        assertRefused(() -> CheckedFile.image("foto.jpg", SampleFiles.TEXT), "evidence.image", "text/plain");
        assertRefused(
                () -> CheckedFile.image("foto.png", SampleFiles.office(SampleFiles.WORD_MAIN, false)),
                "evidence.image",
                null);
        // what evidence in general takes
        assertThat(CheckedFile.of("foto.jpg", SampleFiles.PDF).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void a_photo_is_checked_as_any_evidence_file_is() {
        assertRefused(() -> CheckedFile.image("../foto.jpg", SampleFiles.JPEG), "evidence.name.path", null);
        assertRefused(() -> CheckedFile.image(" ", SampleFiles.JPEG), "evidence.name.missing", null);
        assertRefused(() -> CheckedFile.image("foto.jpg", new byte[0]), "evidence.empty", null);
        assertRefused(
                () -> CheckedFile.image("foto.jpg", new byte[(int) EvidenceRules.MAX_BYTES + 1]),
                "evidence.tooLarge",
                null);
    }

    private static void assertRefused(Runnable check, String key, Object detected) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("file");
            if (detected != null) {
                assertThat(e.arguments()).containsExactly(detected);
            }
        });
    }
}
