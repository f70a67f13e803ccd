package id.kotacerdas.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files for upload tests: a real PDF, PNG, JPEG and Word document, and the kinds an upload must refuse. */
public final class SampleFiles {

    /** A minimal PDF: header, catalog, empty page tree, trailer. */
    public static final byte[] PDF = ("%PDF-1.4\n"
                    + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                    + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
                    + "trailer <</Root 1 0 R>>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** A 1x1 RGB PNG: signature and IHDR chunk. */
    public static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0,
        (byte) 0x90,
        0x77,
        0x53,
        (byte) 0xde
    };

    /** A JPEG's frame: start of image, a JFIF APP0 segment, end of image (enough for Tika's magic). */
    public static final byte[] JPEG = {
        (byte) 0xff,
        (byte) 0xd8,
        (byte) 0xff,
        (byte) 0xe0,
        0,
        16,
        'J',
        'F',
        'I',
        'F',
        0,
        1,
        1,
        0,
        0,
        1,
        0,
        1,
        0,
        0,
        (byte) 0xff,
        (byte) 0xd9
    };

    /** Plain text, whatever name it is sent under. */
    public static final byte[] TEXT =
            "Laporan realisasi 2022: semua target tercapai.\n".getBytes(StandardCharsets.UTF_8);

    public static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private SampleFiles() {}

    /** A macro-enabled Word document (.docm): its main part declared so, and its VBA project. */
    public static byte[] docm() {
        return office(WORD_MACRO_MAIN, true);
    }

    /** The PDF padded with spaces to {@code size} bytes (still a PDF to Tika). */
    public static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf(PDF, size);
        Arrays.fill(content, PDF.length, size, (byte) ' ');
        return content;
    }

    /** A minimal Office Open XML package: its content types first (as Word writes them), then its parts. */
    public static byte[] office(String mainType, boolean withVbaProject) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="%s"/>
                    </Types>
                    """.formatted(mainType));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>
                    """);
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>
                    """);
            if (withVbaProject) {
                entry(zip, "word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\"");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
