package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ImportMasterplanItems;
import id.kotacerdas.monitoring.MasterplanTemplate;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import id.kotacerdas.shared.web.UploadedFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A masterplan's items, targets and realisations as a workbook: its template, and the import of a filled one. */
@ApiController("/api/v1")
@Tag(name = "Masterplan monitoring")
class MasterplanImportApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MasterplanTemplate template;
    private final ImportMasterplanItems importer;
    private final MessageSource messages;

    MasterplanImportApiController(MasterplanTemplate template, ImportMasterplanItems importer, MessageSource messages) {
        this.template = template;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/masterplans/{id}/template.xlsx")
    @Operation(
            summary = "The masterplan's import template, holding its items as stored, and a sheet of the allowed"
                    + " values (ADMIN or the region's OPERATOR)")
    @ProblemCodes(forbidden = "region.forbidden", notFound = "masterplan.notFound")
    void template(@PathVariable long id, Actor actor, Locale locale, HttpServletResponse response) throws IOException {
        MasterplanTemplate.File file = template.workbook(id, actor, locale);
        ResponseFiles.attachment(response, XLSX, file.filename());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    @PostMapping("/masterplans/{id}/import")
    @Operation(
            summary = "Import items, targets and realisations from a filled template (multipart file, XLSX; ADMIN"
                    + " or the region's OPERATOR; audited)",
            description = "Rows are matched by code. Every refused row is reported with its column; with any"
                    + " refusal nothing is imported unless validRowsOnly=true. 400 masterplan.import.notXlsx,"
                    + " masterplan.import.unknownColumn, masterplan.import.missingColumns for the file.")
    @ProblemCodes(
            invalidInput = {
                "masterplan.field.invalid",
                "masterplan.import.empty",
                "masterplan.import.fileEmpty",
                "masterplan.import.fileTooLarge",
                "masterplan.import.missingColumns",
                "masterplan.import.notXlsx",
                "masterplan.import.repeatedColumn",
                "masterplan.import.tooManyRows",
                "masterplan.import.unknownColumn"
            },
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound",
            conflict = "masterplan.item.codeTaken")
    ImportAnswer importWorkbook(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale)
            throws IOException {
        byte[] content = UploadedFiles.bytes(file);
        return ImportAnswer.of(importer.importWorkbook(id, content, validRowsOnly, reason, actor), messages, locale);
    }
}
