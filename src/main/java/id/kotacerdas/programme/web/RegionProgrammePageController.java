package id.kotacerdas.programme.web;

import id.kotacerdas.programme.GuidanceMaterials;
import id.kotacerdas.programme.MouDocuments;
import id.kotacerdas.programme.RegionProgrammes;
import id.kotacerdas.security.Actor;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's programme page ({@code /wilayah/{code}/program}: its operator, its mentor, administrators): its
 * cohorts with the MoU and the signed document, its mentors, its milestone progress, and the sessions it attended
 * with their materials to download.
 */
@Controller
class RegionProgrammePageController {

    private final RegionProgrammes programmes;
    private final GuidanceMaterials materials;
    private final MouDocuments documents;

    RegionProgrammePageController(RegionProgrammes programmes, GuidanceMaterials materials, MouDocuments documents) {
        this.programmes = programmes;
        this.materials = materials;
        this.documents = documents;
    }

    @GetMapping("/wilayah/{code}/program")
    String page(@PathVariable String code, Actor actor, Model model) {
        model.addAttribute("programme", programmes.of(code, actor));
        return "programme/region-programme";
    }

    @GetMapping("/wilayah/{code}/program/bimtek/{session}/materi/{file}")
    ResponseEntity<byte[]> material(
            @PathVariable String code, @PathVariable long session, @PathVariable UUID file, Actor actor) {
        GuidanceMaterials.Download d = materials.download(session, file, actor);
        return DownloadedFile.of(d.material().contentType(), d.material().name(), d.content());
    }

    @GetMapping("/wilayah/{code}/program/mou/{id}")
    ResponseEntity<byte[]> mou(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(value = "revisi", required = false) Integer revision,
            Actor actor) {
        MouDocuments.Download d = documents.download(id, code, revision, actor);
        return DownloadedFile.of("application/pdf", d.document().name(), d.content());
    }
}
