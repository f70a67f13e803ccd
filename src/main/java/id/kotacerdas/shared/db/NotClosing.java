package id.kotacerdas.shared.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An output stream whose close leaves the stream beneath open (a zip entry written by another writer). */
final class NotClosing extends FilterOutputStream {

    NotClosing(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
