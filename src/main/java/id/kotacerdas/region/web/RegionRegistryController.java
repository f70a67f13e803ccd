package id.kotacerdas.region.web;

import id.kotacerdas.region.RegionApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the registry: 514 kabupaten/kota in 38 provinces. */
@Controller
class RegionRegistryController {

    private final RegionApi regions;

    RegionRegistryController(RegionApi regions) {
        this.regions = regions;
    }

    @GetMapping("/admin/wilayah")
    String registry(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            Model model) {
        RegionFilter filter = RegionFilter.of(province, kind, q);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", filter.apply(regions.all()));
        model.addAttribute("total", regions.all().size());
        model.addAttribute("provinces", regions.provinces());
        return "region/registry";
    }
}
