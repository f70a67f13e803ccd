package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page of a period's participants and their tracks. */
@Controller
class ParticipantAdminController {

    public record Row(ParticipantView participant, RegionView region) {}

    private final InstrumentApi instruments;
    private final ManageParticipants participants;
    private final RegionApi regions;
    private final UiErrors errors;

    ParticipantAdminController(
            InstrumentApi instruments, ManageParticipants participants, RegionApi regions, UiErrors errors) {
        this.instruments = instruments;
        this.participants = participants;
        this.regions = regions;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/peserta")
    String list(@PathVariable int year, Model model) {
        List<Row> rows = instruments.participants(year).stream()
                .map(p -> new Row(p, regions.find(p.regionCode()).orElseThrow()))
                .toList();
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("tracks", instruments.instrument(year).tracks());
        model.addAttribute("rows", rows);
        model.addAttribute("regions", regions.all());
        return "instrument/participants";
    }

    @PostMapping("/admin/periode/{year}/peserta")
    String set(
            @PathVariable int year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String track,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            participants.set(year, regionCode == null ? "" : regionCode.trim(), track, actor.username());
            return "redirect:/admin/periode/" + year + "/peserta";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return list(year, model);
        }
    }

    @PostMapping("/admin/periode/{year}/peserta/{code}/hapus")
    String remove(
            @PathVariable int year,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            participants.remove(year, code, actor.username());
            return "redirect:/admin/periode/" + year + "/peserta";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return list(year, model);
        }
    }
}
