package id.kotacerdas.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What the site is, and the credit and licence of the region data it ships. */
@Controller
class AboutController {

    @GetMapping("/tentang")
    String about() {
        return "about";
    }
}
