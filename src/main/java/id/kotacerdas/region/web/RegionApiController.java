package id.kotacerdas.region.web;

import id.kotacerdas.region.ProvinceView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Reference data", description = "The Kemendagri registry of provinces and kabupaten/kota")
class RegionApiController {

    private final RegionApi regions;

    RegionApiController(RegionApi regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    @Operation(summary = "All 514 kabupaten/kota, optionally filtered by province, kind or a name fragment")
    @ProblemCodes
    List<RegionView> regions(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q) {
        return RegionFilter.of(province, kind, q).apply(regions.all());
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "One kabupaten/kota by its Kemendagri code, e.g. 51.03")
    @ProblemCodes(notFound = "region.notFound")
    RegionView region(@PathVariable String code) {
        return regions.get(code);
    }

    @GetMapping("/provinces")
    @Operation(summary = "The 38 provinces")
    @ProblemCodes
    List<ProvinceView> provinces() {
        return regions.provinces();
    }
}
