package id.kotacerdas.monitoring;

import id.kotacerdas.security.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A masterplan's workbook to fill in and import again, holding its items as stored (ADMIN or its OPERATOR). */
@Service
public class MasterplanTemplate {

    private final Masterplans masterplans;
    private final MasterplanRepository items;
    private final MessageSource messages;

    MasterplanTemplate(Masterplans masterplans, MasterplanRepository items, MessageSource messages) {
        this.masterplans = masterplans;
        this.items = items;
        this.messages = messages;
    }

    /** The workbook and its file name (the region and the masterplan's years). */
    public record File(String filename, byte[] content) {}

    public File workbook(long plan, Actor actor, Locale locale) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MasterplanTemplateXlsx.write(
                    masterplan, items.details(plan), key -> messages.getMessage(key, null, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "masterplan-" + masterplan.regionCode().replace('.', '-') + "-" + masterplan.startYear() + "-"
                + masterplan.endYear() + ".xlsx";
        return new File(name, out.toByteArray());
    }
}
